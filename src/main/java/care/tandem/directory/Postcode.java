package care.tandem.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in the shape Royal Mail uses (outward code, then a digit and two letters). Kept
 * compact and upper case ("ST55BG"), the way the postcode table stores it; {@link #display()} puts
 * the space back. Shape only: whether it exists is for {@link PostcodeCentroids}.
 */
public record Postcode(String compact) {

  private static final Pattern SHAPE =
      Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$");

  public Postcode {
    if (!SHAPE.matcher(compact).matches()) {
      throw new PostcodeNotValidException(compact);
    }
  }

  /**
   * Reads what someone typed: any case, any spaces.
   *
   * @throws PostcodeNotValidException when it is not shaped like a postcode
   */
  public static Postcode parse(String text) {
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    if (!SHAPE.matcher(compact).matches()) {
      throw new PostcodeNotValidException(text);
    }
    return new Postcode(compact);
  }

  /** With its space: "ST5 5BG". */
  public String display() {
    return compact.substring(0, compact.length() - 3)
        + " "
        + compact.substring(compact.length() - 3);
  }

  @Override
  public String toString() {
    return display();
  }
}
