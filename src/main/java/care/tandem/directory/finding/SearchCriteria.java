package care.tandem.directory.finding;

import care.tandem.directory.Postcode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What someone is looking for in the directory: needs (any of them), words, a place and how far
 * from it, and filters. Free of web types so the search page, saved searches and the ORUK API can
 * all build one. {@link #toQuery()} writes it back as the search page's address (the URL contract).
 */
public record SearchCriteria(
    List<DirectoryTerm> needs,
    String text,
    @Nullable Postcode postcode,
    int withinKm,
    boolean freeOnly,
    @Nullable Integer age,
    @Nullable DayOfWeek day,
    List<DirectoryTerm> delivery,
    @Nullable String language,
    List<DirectoryTerm> access,
    boolean selfReferral,
    int page) {

  public static final int PAGE_SIZE = 20;
  public static final int DEFAULT_WITHIN_KM = 10;
  public static final List<Integer> OFFERED_DISTANCES = List.of(1, 2, 5, 10, 25, 50);

  public SearchCriteria {
    needs = List.copyOf(needs);
    delivery = List.copyOf(delivery);
    access = List.copyOf(access);
    if (withinKm <= 0 || withinKm > 200) {
      throw new IllegalArgumentException("Distance out of range: " + withinKm);
    }
    if (page < 1) {
      throw new IllegalArgumentException("Page out of range: " + page);
    }
  }

  /** No criteria at all: page 1 of nothing, the empty search form. */
  public static SearchCriteria none() {
    return new SearchCriteria(
        List.of(),
        "",
        null,
        DEFAULT_WITHIN_KM,
        false,
        null,
        null,
        List.of(),
        null,
        List.of(),
        false,
        1);
  }

  /** True when at least one criterion is given, so there is something to search for. */
  public boolean hasCriteria() {
    return !needs.isEmpty()
        || !text.isEmpty()
        || postcode != null
        || freeOnly
        || age != null
        || day != null
        || !delivery.isEmpty()
        || language != null
        || !access.isEmpty()
        || selfReferral;
  }

  public SearchCriteria withPage(int number) {
    return new SearchCriteria(
        needs,
        text,
        postcode,
        withinKm,
        freeOnly,
        age,
        day,
        delivery,
        language,
        access,
        selfReferral,
        number);
  }

  public SearchCriteria withPostcode(@Nullable Postcode place) {
    return new SearchCriteria(
        needs,
        text,
        place,
        withinKm,
        freeOnly,
        age,
        day,
        delivery,
        language,
        access,
        selfReferral,
        page);
  }

  /** The rows skipped before this page. */
  public int offset() {
    return (page - 1) * PAGE_SIZE;
  }

  /** The search page's query string for these criteria, page 1 left out. */
  public String toQuery() {
    List<String> pairs = new ArrayList<>();
    needs.forEach(term -> pairs.add(pair("need", term.code())));
    if (!text.isEmpty()) {
      pairs.add(pair("q", text));
    }
    if (postcode != null) {
      pairs.add(pair("postcode", postcode.display()));
      pairs.add(pair("within", Integer.toString(withinKm)));
    }
    if (freeOnly) {
      pairs.add(pair("free", "yes"));
    }
    if (age != null) {
      pairs.add(pair("age", age.toString()));
    }
    if (day != null) {
      pairs.add(pair("day", day.name().toLowerCase(Locale.UK)));
    }
    delivery.forEach(term -> pairs.add(pair("delivery", term.code())));
    if (language != null) {
      pairs.add(pair("language", language));
    }
    access.forEach(term -> pairs.add(pair("access", term.code())));
    if (selfReferral) {
      pairs.add(pair("self-referral", "yes"));
    }
    if (page > 1) {
      pairs.add(pair("page", Integer.toString(page)));
    }
    return String.join("&", pairs);
  }

  private static String pair(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
