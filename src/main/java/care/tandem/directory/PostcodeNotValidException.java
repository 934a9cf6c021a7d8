package care.tandem.directory;

/** What someone typed is not shaped like a UK postcode. Pages show it back with a suggestion. */
public class PostcodeNotValidException extends RuntimeException {

  private final String typed;

  public PostcodeNotValidException(String typed) {
    super("Not a postcode: " + typed.length() + " characters");
    this.typed = typed;
  }

  public String typed() {
    return typed;
  }
}
