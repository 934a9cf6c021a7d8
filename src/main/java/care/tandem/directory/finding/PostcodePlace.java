package care.tandem.directory.finding;

import care.tandem.directory.Position;
import care.tandem.directory.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * Where a typed postcode is, or why we cannot say: found (perhaps an old, terminated postcode), not
 * shaped like a postcode (with the one we think was meant, if there is a likely one), or shaped
 * right but not in the ONS Postcode Directory we hold.
 */
public record PostcodePlace(
    Outcome outcome,
    @Nullable Postcode postcode,
    @Nullable Position position,
    boolean terminated,
    @Nullable Postcode suggestion) {

  /** The example every message gives. */
  static final String EXAMPLE = "ST5 5BG";

  public enum Outcome {
    FOUND,
    NOT_VALID,
    UNKNOWN
  }

  static PostcodePlace found(Postcode postcode, Position position, boolean terminated) {
    return new PostcodePlace(Outcome.FOUND, postcode, position, terminated, null);
  }

  static PostcodePlace notValid(@Nullable Postcode suggestion) {
    return new PostcodePlace(Outcome.NOT_VALID, null, null, false, suggestion);
  }

  static PostcodePlace unknown(Postcode postcode) {
    return new PostcodePlace(Outcome.UNKNOWN, postcode, null, false, null);
  }

  public boolean isFound() {
    return outcome == Outcome.FOUND;
  }

  /** What to tell the person when it was not found; null when it was. */
  public @Nullable String message() {
    return switch (outcome) {
      case FOUND -> null;
      case NOT_VALID ->
          suggestion == null
              ? "Enter a real postcode, like " + EXAMPLE
              : "Enter a real postcode. Did you mean " + suggestion.display() + "?";
      case UNKNOWN ->
          "We cannot find "
              + (postcode == null ? "that postcode" : postcode.display())
              + ". Check the postcode, or search without one.";
    };
  }
}
