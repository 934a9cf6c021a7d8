package care.tandem.directory.curating;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads single typed values of the listing form, noting a message for each one that is wrong. */
final class Values {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{3,50}$");
  private static final Pattern AGE = Pattern.compile("^[0-9]{1,3}$");
  private static final Pattern AMOUNT = Pattern.compile("^£?([0-9]{1,7})(\\.[0-9]{1,2})?$");
  private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$");
  private static final Pattern LANGUAGE = Pattern.compile("^[\\p{L}][\\p{L} '()-]{0,59}$");
  private static final int MOST_LANGUAGES = 30;

  private Values() {}

  static @Nullable String trimmed(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  static @Nullable UUID uuid(@Nullable String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static @Nullable String website(@Nullable String typed, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getHost().contains(".")) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    errors.putIfAbsent(
        "website", "Enter the website address in the correct format, like https://www.example.org");
    return null;
  }

  static @Nullable String phone(@Nullable String typed, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      return null;
    }
    if (!PHONE.matcher(value).matches() || value.replaceAll("[^0-9]", "").length() < 3) {
      errors.putIfAbsent(
          "phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
      return null;
    }
    return value;
  }

  static @Nullable Integer age(
      String field, @Nullable String typed, String label, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      return null;
    }
    if (!AGE.matcher(value).matches() || Integer.parseInt(value) > 150) {
      errors.putIfAbsent(field, label + " must be a whole number between 0 and 150");
      return null;
    }
    return Integer.parseInt(value);
  }

  static @Nullable BigDecimal amount(@Nullable String typed, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      errors.putIfAbsent("costAmount", "Enter how much it costs");
      return null;
    }
    String plain = value.replace(",", "");
    if (!AMOUNT.matcher(plain).matches()) {
      errors.putIfAbsent("costAmount", "Enter the cost in pounds, like 5 or 12.50");
      return null;
    }
    return new BigDecimal(plain.replace("£", "")).setScale(2);
  }

  /** The ticked terms that belong to the offered list, in its order (anything else is ignored). */
  static List<UUID> terms(@Nullable List<String> ticked, List<UUID> offered) {
    if (ticked == null) {
      return List.of();
    }
    Set<String> chosen = Set.copyOf(ticked);
    return offered.stream().filter(term -> chosen.contains(term.toString())).toList();
  }

  static List<ListingDraft.Opening> openings(ListingForm form, Map<String, String> errors) {
    List<ListingDraft.Opening> openings = new ArrayList<>();
    List<String[]> typed = form.openingTimes();
    for (Weekday day : Weekday.values()) {
      String[] times = typed.get(day.ordinal());
      String opensField = day.field() + "Opens";
      String closesField = day.field() + "Closes";
      LocalTime opens = time(opensField, times[0], day.label() + " opening time", errors);
      LocalTime closes = time(closesField, times[1], day.label() + " closing time", errors);
      if (opens == null && closes == null) {
        continue;
      }
      if (opens == null && trimmed(times[0]) == null) {
        errors.putIfAbsent(opensField, "Enter the time it opens on " + day.label());
      } else if (closes == null && trimmed(times[1]) == null) {
        errors.putIfAbsent(closesField, "Enter the time it closes on " + day.label());
      } else if (opens != null && closes != null) {
        if (!closes.isAfter(opens)) {
          errors.putIfAbsent(
              closesField, day.label() + " closing time must be later than its opening time");
        } else {
          openings.add(new ListingDraft.Opening(day, opens, closes));
        }
      }
    }
    return openings;
  }

  private static @Nullable LocalTime time(
      String field, @Nullable String typed, String label, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      return null;
    }
    var matcher = TIME.matcher(value);
    try {
      if (matcher.matches()) {
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    errors.putIfAbsent(field, label + " must be a time on the 24-hour clock, like 09:30 or 17:00");
    return null;
  }

  static List<String> languages(@Nullable String typed, Map<String, String> errors) {
    String value = trimmed(typed);
    if (value == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!LANGUAGE.matcher(name).matches()) {
        errors.putIfAbsent(
            "languages", "Enter the names of languages separated by commas, like English, Urdu");
        return List.of();
      }
      names.add(name);
    }
    if (names.size() > MOST_LANGUAGES) {
      errors.putIfAbsent("languages", "Enter " + MOST_LANGUAGES + " languages or fewer");
      return List.of();
    }
    return List.copyOf(names);
  }
}
