package care.tandem.learning.checkins;

import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeader;
import care.tandem.care.web.RecordHeaders;
import care.tandem.system.components.Choice;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the check-in form page and the trend page from a checked {@link RecordAccess}. */
@Component
public class CheckInPages {

  static final String FORM = "/my-record/check-in";

  /** Honest about when the team sees a check-in: never implies anyone is watching. */
  static final String WHEN_SEEN =
      "Your care team does not read check-ins straight away. It may be some days before they see"
          + " yours.";

  private final CheckIns checkIns;
  private final RecordHeaders headers;

  CheckInPages(CheckIns checkIns, RecordHeaders headers) {
    this.checkIns = checkIns;
    this.headers = headers;
  }

  static String trendHref(java.util.UUID person) {
    return "/people/" + person + "/check-ins";
  }

  /** The form page's view model. */
  public record FormPage(
      RecordHeader header,
      String action,
      String trendHref,
      List<Choice> painChoices,
      List<Choice> moodChoices,
      String whenSeen) {}

  /** The trend page's view model. */
  public record TrendPage(
      RecordHeader header,
      boolean forThePerson,
      @Nullable CheckInChart chart,
      List<String> head,
      List<List<String>> rows,
      @Nullable String checkInHref,
      String whenSeen) {}

  FormPage form(RecordAccess allowed) {
    return new FormPage(
        headers.of(allowed, trendHref(allowed.person())),
        FORM,
        trendHref(allowed.person()),
        scale("0 – no pain", "10 – worst pain you can imagine"),
        scale("0 – very low", "10 – very good"),
        WHEN_SEEN);
  }

  TrendPage trend(RecordAccess allowed) {
    List<CheckIn> recent = checkIns.recent(allowed);
    LocalDate today = CareDates.today();
    CheckInChart chart =
        recent.isEmpty()
            ? null
            : CheckInChart.of(
                today.minusDays(CheckIns.TREND.toDays()),
                today,
                recent.stream()
                    .map(
                        c ->
                            new CheckInChart.Point(
                                c.recordedAt().atZone(CareDates.UK_TIME).toLocalDate(),
                                c.pain(),
                                c.mood()))
                    .toList());
    List<CheckIn> newestFirst = new java.util.ArrayList<>(recent);
    java.util.Collections.reverse(newestFirst);
    List<List<String>> rows =
        newestFirst.stream()
            .map(
                c ->
                    List.of(
                        CareDates.dateAndTime(c.recordedAt()),
                        c.pain() + " out of 10",
                        c.mood() + " out of 10",
                        c.words() == null ? "None" : c.words()))
            .toList();
    return new TrendPage(
        headers.of(allowed, trendHref(allowed.person())),
        allowed.isThePerson(),
        chart,
        List.of("When", "Pain", "Mood", allowed.isThePerson() ? "Your words" : "Their words"),
        rows,
        allowed.isThePerson() ? FORM : null,
        WHEN_SEEN);
  }

  private static List<Choice> scale(String lowest, String highest) {
    return IntStream.rangeClosed(CheckIn.LOWEST, CheckIn.HIGHEST)
        .mapToObj(
            score ->
                Choice.of(
                    Integer.toString(score),
                    score == CheckIn.LOWEST
                        ? lowest
                        : score == CheckIn.HIGHEST ? highest : Integer.toString(score)))
        .toList();
  }
}
