package care.tandem.identity.account;

/** What an account may do. Each role is one Spring authority, {@code ROLE_<name>}. */
public enum Role {
  PATIENT("Person receiving care"),
  PRACTITIONER("Practitioner"),
  SERVICE_LEAD("Service lead"),
  ADMIN("Administrator"),
  /** Someone a person asked to help them; sees only what that person consented to (issue 13). */
  CARER("Carer or helper");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
