package care.tandem.identity.organisation;

/** What a service or team within an organisation does. */
public enum ServiceKind {
  MSK_PHYSIOTHERAPY("MSK physiotherapy"),
  PAIN_SERVICE("Pain service"),
  TALKING_THERAPIES("Talking therapies"),
  COMMUNITY_MENTAL_HEALTH("Community mental health"),
  PRIMARY_CARE("Primary care"),
  VOLUNTARY_SECTOR("Voluntary sector"),
  OTHER("Other");

  private final String label;

  ServiceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
