package care.tandem.care;

/** A way a person is happy to be contacted. */
public enum ContactMethod {
  EMAIL("Email"),
  PHONE("Phone call"),
  TEXT_MESSAGE("Text message"),
  LETTER("Letter");

  private final String label;

  ContactMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
