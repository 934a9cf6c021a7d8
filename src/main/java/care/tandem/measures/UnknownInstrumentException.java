package care.tandem.measures;

/** An instrument id this deployment does not know. */
public class UnknownInstrumentException extends RuntimeException {

  public UnknownInstrumentException(String instrument) {
    super("No questionnaire called " + instrument);
  }
}
