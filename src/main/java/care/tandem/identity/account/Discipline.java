package care.tandem.identity.account;

/** A practitioner's profession. Each is one Spring authority, {@code DISCIPLINE_<name>}. */
public enum Discipline {
  PHYSIOTHERAPIST("Physiotherapist"),
  MENTAL_HEALTH_PRACTITIONER("Mental health practitioner"),
  GP("GP"),
  PAIN_SPECIALIST("Pain specialist"),
  VOLUNTEER("Volunteer or peer supporter");

  private final String label;

  Discipline(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "DISCIPLINE_" + name();
  }
}
