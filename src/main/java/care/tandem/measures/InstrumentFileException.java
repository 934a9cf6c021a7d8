package care.tandem.measures;

/**
 * An instrument file that cannot be used, naming the file and the field: {@code gad-7.scoring.json:
 * bands[2].from: 11 leaves 10 in no band}. Thrown while the application starts, so a faulty pack
 * stops start-up instead of scoring people wrongly.
 */
class InstrumentFileException extends IllegalStateException {

  InstrumentFileException(String message) {
    super(message);
  }

  InstrumentFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
