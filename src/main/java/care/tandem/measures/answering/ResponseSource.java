package care.tandem.measures.answering;

/** Where a response came from: our own pages, or a connected system through FHIR. */
public enum ResponseSource {
  WEB("web"),
  FHIR("fhir");

  private final String code;

  ResponseSource(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
