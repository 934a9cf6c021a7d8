package care.tandem.system.components;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Joins class names or element ids for an attribute, skipping the ones left out. */
public final class Tokens {

  private Tokens() {}

  /** The non-blank tokens joined by spaces; null (so JTE leaves the attribute out) when none. */
  public static @Nullable String join(@Nullable String... tokens) {
    return blankToNull(
        Arrays.stream(tokens)
            .filter(Objects::nonNull)
            .filter(token -> !token.isBlank())
            .collect(Collectors.joining(" ")));
  }

  /** Null for a blank value, so JTE leaves the attribute out rather than writing it empty. */
  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** {@code token} when {@code condition} holds, otherwise nothing. */
  public static @Nullable String when(boolean condition, String token) {
    return condition ? token : null;
  }

  /** A BEM modifier class ({@code block--modifier}) when a modifier is given. */
  public static @Nullable String modifier(String block, @Nullable String modifier) {
    return modifier == null || modifier.isBlank() ? null : block + "--" + modifier;
  }
}
