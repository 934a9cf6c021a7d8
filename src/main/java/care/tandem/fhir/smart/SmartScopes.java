package care.tandem.fhir.smart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scopes a system holds, SMART v2 ({@code system/QuestionnaireResponse.c}, {@code system/*.rs})
 * or v1 ({@code system/*.read}, {@code system/QuestionnaireResponse.write}). Tandem serves read
 * ({@code r}), search ({@code s}) and create ({@code c}) only: a v1 {@code read} is {@code rs}, a
 * v1 {@code write} is {@code c} (there is no update or delete to allow), {@code *} is all three.
 *
 * @param granted the scopes as the system asked for them
 */
public record SmartScopes(List<String> granted) implements Serializable {

  /** What Tandem offers an admin to allow, and lists in its SMART configuration. */
  public static final List<String> SUPPORTED =
      List.of(
          "system/*.rs",
          "system/*.read",
          "system/QuestionnaireResponse.c",
          "system/QuestionnaireResponse.write");

  private static final Pattern SCOPE =
      Pattern.compile("system/(\\*|[A-Z][A-Za-z]{0,39})\\.(read|write|\\*|c?r?u?d?s?)");

  /** One parsed scope: a resource type or {@code *}, and the interactions it allows. */
  record Scope(String type, Set<Character> interactions) {

    boolean allows(String resourceType, char interaction) {
      return (type.equals("*") || type.equals(resourceType)) && interactions.contains(interaction);
    }
  }

  public SmartScopes {
    granted = List.copyOf(granted);
  }

  /** Space-separated scopes, as in a token request or the database. */
  public static SmartScopes parse(String text) {
    return new SmartScopes(
        Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).distinct().toList());
  }

  /** Whether a scope is one Tandem understands at all. */
  public static boolean understood(String scope) {
    return scope(scope).isPresent();
  }

  /** Whether these scopes allow the interaction ({@code r}, {@code s} or {@code c}) on the type. */
  public boolean allow(String resourceType, char interaction) {
    return granted.stream()
        .map(SmartScopes::scope)
        .flatMap(Optional::stream)
        .anyMatch(scope -> scope.allows(resourceType, interaction));
  }

  /**
   * The asked-for scopes these (registered) scopes cover in full; any other is left out, so a
   * system asking for more than it was allowed gets less, never more.
   */
  public SmartScopes narrow(SmartScopes asked) {
    List<String> kept = new ArrayList<>();
    for (String wanted : asked.granted()) {
      Optional<Scope> scope = scope(wanted);
      if (scope.isPresent() && covers(scope.get())) {
        kept.add(wanted);
      }
    }
    return new SmartScopes(kept);
  }

  public boolean isEmpty() {
    return granted.isEmpty();
  }

  /** Space-separated, as in a token response. */
  @Override
  public String toString() {
    return String.join(" ", granted);
  }

  private boolean covers(Scope wanted) {
    return wanted.interactions().stream()
        .allMatch(
            interaction ->
                wanted.type().equals("*")
                    ? granted.stream()
                        .map(SmartScopes::scope)
                        .flatMap(Optional::stream)
                        .anyMatch(
                            s -> s.type().equals("*") && s.interactions().contains(interaction))
                    : allow(wanted.type(), interaction));
  }

  private static Optional<Scope> scope(String text) {
    Matcher matcher = SCOPE.matcher(text);
    if (!matcher.matches() || matcher.group(2).isEmpty()) {
      return Optional.empty();
    }
    String letters =
        switch (matcher.group(2)) {
          case "read" -> "rs";
          case "write" -> "c";
          case "*" -> "crs";
          default -> matcher.group(2).replaceAll("[ud]", "");
        };
    if (letters.isEmpty()) {
      return Optional.empty();
    }
    Set<Character> interactions = new LinkedHashSet<>();
    letters.chars().forEach(c -> interactions.add((char) c));
    return Optional.of(new Scope(matcher.group(1), interactions));
  }
}
