package care.tandem.system.components;

import org.jspecify.annotations.Nullable;

/**
 * One option of a radios, checkboxes or select component. A divider ("or") sits between options; an
 * exclusive checkbox ("None of these") clears the others when JavaScript runs.
 */
public record Choice(
    String value, String text, @Nullable String hint, boolean divider, boolean exclusive) {

  public static Choice of(String value, String text) {
    return new Choice(value, text, null, false, false);
  }

  public static Choice of(String value, String text, String hint) {
    return new Choice(value, text, hint, false, false);
  }

  /** A divider between options, usually "or". */
  public static Choice divider(String text) {
    return new Choice("", text, null, true, false);
  }

  /** A checkbox that means "none of the above". */
  public static Choice exclusive(String value, String text) {
    return new Choice(value, text, null, false, true);
  }
}
