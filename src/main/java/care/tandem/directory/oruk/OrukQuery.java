package care.tandem.directory.oruk;

import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeNotValidException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ORUK API's list parameters, checked: a page from 1, 1 to 500 per page, UUIDs, ages of 0 or
 * more, a day (MO..SU or its English name) and times (HH:MM or HH:MM:SS). Anything else is an
 * {@link OrukBadRequest} that says what was wrong.
 */
record OrukQuery(
    int page,
    int perPage,
    @Nullable String search,
    @Nullable UUID taxonomyTermId,
    @Nullable UUID taxonomyId,
    @Nullable Integer minimumAge,
    @Nullable Integer maximumAge,
    @Nullable String day,
    @Nullable LocalTime startTime,
    @Nullable LocalTime endTime,
    @Nullable Postcode postcode,
    @Nullable Integer proximity) {

  static final int MAXIMUM_PER_PAGE = 500;
  static final int DEFAULT_PER_PAGE = 50;

  static OrukQuery of(Map<String, String> parameters) {
    int page = number(parameters, "page", 1);
    if (page < 1) {
      throw new OrukBadRequest("page must be 1 or more");
    }
    int perPage = number(parameters, "per_page", DEFAULT_PER_PAGE);
    if (perPage < 1 || perPage > MAXIMUM_PER_PAGE) {
      throw new OrukBadRequest("per_page must be between 1 and " + MAXIMUM_PER_PAGE);
    }
    Integer minimumAge = age(parameters, "minimum_age");
    Integer maximumAge = age(parameters, "maximum_age");
    Integer proximity = optionalNumber(parameters, "proximity");
    if (proximity != null && proximity < 0) {
      throw new OrukBadRequest("proximity must be a distance in metres, 0 or more");
    }
    String search = blankToNull(parameters.get("search"));
    if (search != null && search.length() > 200) {
      throw new OrukBadRequest("search must be 200 characters or fewer");
    }
    return new OrukQuery(
        page,
        perPage,
        search,
        uuid(parameters, "taxonomy_term_id"),
        uuid(parameters, "taxonomy_id"),
        minimumAge,
        maximumAge,
        day(parameters.get("day")),
        time(parameters, "start_time"),
        time(parameters, "end_time"),
        postcode(parameters.get("postcode")),
        proximity);
  }

  int offset() {
    return (page - 1) * perPage;
  }

  static UUID id(String text) {
    try {
      return OrukColumn.uuid(text);
    } catch (IllegalArgumentException e) {
      throw new OrukBadRequest("id must be a UUID");
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static int number(Map<String, String> parameters, String name, int otherwise) {
    Integer value = optionalNumber(parameters, name);
    return value == null ? otherwise : value;
  }

  private static @Nullable Integer optionalNumber(Map<String, String> parameters, String name) {
    String text = blankToNull(parameters.get(name));
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new OrukBadRequest(name + " must be a whole number");
    }
  }

  private static @Nullable Integer age(Map<String, String> parameters, String name) {
    Integer age = optionalNumber(parameters, name);
    if (age != null && (age < 0 || age > 150)) {
      throw new OrukBadRequest(name + " must be an age from 0 to 150");
    }
    return age;
  }

  private static @Nullable UUID uuid(Map<String, String> parameters, String name) {
    String text = blankToNull(parameters.get(name));
    if (text == null) {
      return null;
    }
    try {
      return OrukColumn.uuid(text);
    } catch (IllegalArgumentException e) {
      throw new OrukBadRequest(name + " must be a UUID");
    }
  }

  private static @Nullable String day(@Nullable String text) {
    String day = blankToNull(text);
    if (day == null) {
      return null;
    }
    String upper = day.toUpperCase(Locale.ROOT);
    for (String code : new String[] {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}) {
      if (upper.equals(code)
          || (upper.length() >= 3 && upper.startsWith(code) && isDayName(upper))) {
        return code;
      }
    }
    throw new OrukBadRequest("day must be MO, TU, WE, TH, FR, SA or SU (or a day's name)");
  }

  private static boolean isDayName(String upper) {
    return java.util.List.of(
            "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
        .stream()
        .anyMatch(name -> name.startsWith(upper));
  }

  private static @Nullable LocalTime time(Map<String, String> parameters, String name) {
    String text = blankToNull(parameters.get(name));
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new OrukBadRequest(name + " must be a time such as 09:30 or 09:30:00");
    }
  }

  private static @Nullable Postcode postcode(@Nullable String text) {
    String postcode = blankToNull(text);
    if (postcode == null) {
      return null;
    }
    try {
      return Postcode.parse(postcode);
    } catch (PostcodeNotValidException e) {
      throw new OrukBadRequest("postcode must be a UK postcode such as ST5 5BG");
    }
  }
}
