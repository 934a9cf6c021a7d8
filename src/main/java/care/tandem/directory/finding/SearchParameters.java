package care.tandem.directory.finding;

import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeNotValidException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the search page's parameters (the URL contract: need, q, postcode, within, free, age, day,
 * delivery, language, access, self-referral, page) into {@link SearchCriteria}, with a clear
 * message for each one that cannot be used. Never throws on bad input: hostile or absurd values
 * become messages, so the page can say what to change.
 */
public final class SearchParameters {

  static final int MAX_TEXT = 200;
  static final int MAX_LANGUAGE = 50;
  static final int MAX_AGE = 150;
  static final int MAX_PAGE = 10_000;

  /** Field ids on the search page, in the order the error summary lists them. */
  static final List<String> FIELDS =
      List.of(
          "need",
          "q",
          "postcode",
          "within",
          "free",
          "age",
          "day",
          "delivery",
          "language",
          "access",
          "selfReferral",
          "results");

  private SearchParameters() {}

  public static SearchRequest read(Map<String, List<String>> parameters) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, List<String>> typed = new LinkedHashMap<>();
    parameters.forEach((name, values) -> typed.put(name, values == null ? List.of() : values));

    List<DirectoryTerm> needs =
        terms(typed, "need", DirectoryTerm.Kind.NEED, errors, "Select needs from the list");
    String text = clean(first(typed, "q"));
    if (text.length() > MAX_TEXT) {
      errors.put("q", "Search words must be " + MAX_TEXT + " characters or fewer");
      text = text.substring(0, MAX_TEXT).strip();
    }
    String typedPostcode = clean(first(typed, "postcode"));
    int within = SearchCriteria.DEFAULT_WITHIN_KM;
    String withinText = first(typed, "within").strip();
    if (!withinText.isEmpty()) {
      Integer offered = wholeNumber(withinText);
      if (offered == null || !SearchCriteria.OFFERED_DISTANCES.contains(offered)) {
        errors.put("within", "Select a distance from the list");
      } else {
        within = offered;
      }
    }
    boolean free = "yes".equals(first(typed, "free"));
    Integer age = age(first(typed, "age").strip(), errors);
    DayOfWeek day = day(first(typed, "day").strip(), errors);
    List<DirectoryTerm> delivery =
        terms(typed, "delivery", DirectoryTerm.Kind.DELIVERY, errors, "Select how from the list");
    String language = clean(first(typed, "language"));
    if (language.length() > MAX_LANGUAGE) {
      errors.put("language", "Language must be " + MAX_LANGUAGE + " characters or fewer");
      language = "";
    }
    List<DirectoryTerm> access =
        terms(typed, "access", DirectoryTerm.Kind.ACCESS, errors, "Select features from the list");
    boolean selfReferral = "yes".equals(first(typed, "self-referral"));
    int page = page(first(typed, "page").strip(), errors);

    Postcode shaped = null;
    if (!typedPostcode.isEmpty()) {
      try {
        shaped = Postcode.parse(typedPostcode);
      } catch (PostcodeNotValidException notShaped) {
        shaped = null;
      }
    }
    SearchCriteria criteria =
        new SearchCriteria(
            needs,
            text,
            shaped,
            within,
            free,
            age,
            day,
            delivery,
            language.isEmpty() ? null : language,
            access,
            selfReferral,
            page);
    return new SearchRequest(
        criteria, typedPostcode.isEmpty() ? null : typedPostcode, typed, ordered(errors));
  }

  /** Reads a query string (as saved searches store it) the same way. */
  public static SearchRequest readQuery(String query) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name = decode(parts[0]);
      String value = parts.length > 1 ? decode(parts[1]) : "";
      parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return read(parameters);
  }

  private static String decode(String text) {
    try {
      return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return "";
    }
  }

  private static List<DirectoryTerm> terms(
      Map<String, List<String>> typed,
      String name,
      DirectoryTerm.Kind kind,
      Map<String, String> errors,
      String message) {
    List<DirectoryTerm> terms = new ArrayList<>();
    for (String code : typed.getOrDefault(name, List.of())) {
      if (code == null || code.isBlank()) {
        continue;
      }
      DirectoryTerm.ofCode(kind, code.strip())
          .ifPresentOrElse(
              term -> {
                if (!terms.contains(term)) {
                  terms.add(term);
                }
              },
              () -> errors.putIfAbsent(name, message));
    }
    return terms;
  }

  private static @Nullable Integer age(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.matches("-\\s*[0-9]+")) {
      errors.put("age", "Age must be 0 or more");
      return null;
    }
    Integer age = wholeNumber(text);
    if (age == null) {
      errors.put("age", "Enter an age in whole years, like 42");
      return null;
    }
    if (age > MAX_AGE) {
      errors.put("age", "Age must be " + MAX_AGE + " or less");
      return null;
    }
    return age;
  }

  private static @Nullable DayOfWeek day(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equalsIgnoreCase(text)) {
        return day;
      }
    }
    errors.put("day", "Select a day from the list");
    return null;
  }

  private static int page(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      return 1;
    }
    Integer page = wholeNumber(text);
    if (page == null || page < 1 || page > MAX_PAGE) {
      errors.put("results", "Page number must be a whole number from 1, like 2");
      return 1;
    }
    return page;
  }

  /** A small whole number (digits only), or null. */
  static @Nullable Integer wholeNumber(String text) {
    if (!text.matches("[0-9]{1,6}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  private static String first(Map<String, List<String>> typed, String name) {
    List<String> values = typed.getOrDefault(name, List.of());
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  /** Control and invisible characters removed, spaces tidied. */
  static String clean(String typed) {
    return typed
        .replaceAll("[\\p{Cntrl}\\p{Co}\\p{Cs}\\p{Cf}]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Map<String, String> ordered(Map<String, String> errors) {
    Map<String, String> inOrder = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (errors.containsKey(field)) {
        inOrder.put(field, errors.get(field));
      }
    }
    return inOrder;
  }
}
