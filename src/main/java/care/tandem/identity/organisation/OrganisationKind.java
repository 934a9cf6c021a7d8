package care.tandem.identity.organisation;

/** The kind of organisation a service belongs to. */
public enum OrganisationKind {
  NHS_TRUST("NHS trust"),
  GP_PRACTICE("GP practice"),
  CHARITY("Charity or voluntary organisation"),
  OTHER("Other");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
