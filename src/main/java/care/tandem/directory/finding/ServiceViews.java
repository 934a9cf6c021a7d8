package care.tandem.directory.finding;

import care.tandem.directory.SignpostOutcome;
import care.tandem.directory.SignpostStatistics;
import care.tandem.system.components.Link;
import care.tandem.system.components.SummaryListRow;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Shapes a listing into a {@link ServiceView}, with only safe links. */
final class ServiceViews {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ServiceViews() {}

  static ServiceView of(ServiceDetails service, @Nullable SignpostStatistics statistics) {
    return of(service, statistics, false);
  }

  /**
   * The service as its page shows it; {@code forThePerson} offers a signed-in person to add it to
   * their own plan (signposting themself), unless it is no longer running.
   */
  static ServiceView of(
      ServiceDetails service, @Nullable SignpostStatistics statistics, boolean forThePerson) {
    String base = "/directory/services/" + service.id();
    List<String> cost = new ArrayList<>();
    if (service.free()) {
      cost.add("Free");
    } else {
      cost.addAll(service.costs());
    }
    if (service.fees() != null) {
      cost.add(service.fees());
    }
    boolean selfReferral = service.termsOf(DirectoryTerm.Kind.SELF_REFERRAL).size() > 0;
    return new ServiceView(
        service.id().toString(),
        service.name(),
        service.organisation(),
        paragraphs(service.description()),
        service.alert(),
        statusNotice(service),
        service.phones().stream().map(ServiceViews::phone).toList(),
        email(service.email()),
        website(service.website()),
        service.addresses(),
        service.openingTimes(),
        cost,
        ages(service.minimumAge(), service.maximumAge()),
        service.languages(),
        labels(service, DirectoryTerm.Kind.DELIVERY),
        selfReferral
            ? "You can contact them yourself. You do not need a referral."
            : "Ask them, or your GP, whether you need a referral.",
        labels(service, DirectoryTerm.Kind.ACCESS),
        "Last checked on " + DAY_MONTH_YEAR.format(service.verifiedOn()),
        base + "/report",
        statistics == null ? null : base + "/signpost",
        statistics == null ? null : signposted(statistics.signposted()),
        statistics == null ? List.of() : outcomes(statistics),
        forThePerson && !service.closed() ? base + "/signpost" : null);
  }

  private static @Nullable String statusNotice(ServiceDetails service) {
    if (service.temporarilyClosed()) {
      return "This service is closed for now. Contact them to find out when it will open again.";
    }
    if (service.closed()) {
      return "This service is no longer running.";
    }
    return null;
  }

  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(paragraph -> !paragraph.isEmpty())
        .toList();
  }

  static Link phone(ServiceDetails.Phone phone) {
    String text =
        phone.description() == null
            ? phone.number()
            : phone.number() + " (" + phone.description() + ")";
    return new Link(text, "tel:" + phone.number().replaceAll("[^0-9+]", ""));
  }

  static @Nullable Link email(@Nullable String email) {
    if (email == null || !email.matches("[^\\s@<>\"'()]+@[^\\s@<>\"'()]+\\.[^\\s@<>\"'()]+")) {
      return null;
    }
    return new Link(email, "mailto:" + email);
  }

  /** A link only for an http or https address, so a listing can never carry a script link. */
  static @Nullable Link website(@Nullable String url) {
    if (url == null || !url.matches("(?i)https?://[^\\s<>\"']+")) {
      return null;
    }
    String text = url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/$", "");
    return new Link(text, url);
  }

  static String ages(@Nullable Integer minimum, @Nullable Integer maximum) {
    if (minimum == null && maximum == null) {
      return "All ages";
    }
    if (maximum == null) {
      return "Ages " + minimum + " and over";
    }
    if (minimum == null || minimum == 0) {
      return "Ages up to " + maximum;
    }
    return "Ages " + minimum + " to " + maximum;
  }

  private static List<String> labels(ServiceDetails service, DirectoryTerm.Kind kind) {
    return service.termsOf(kind).stream().map(DirectoryTerm::label).toList();
  }

  private static String signposted(int times) {
    return switch (times) {
      case 0 -> "No one has been signposted to this service through Tandem yet.";
      case 1 -> "Signposted once.";
      default -> "Signposted " + times + " times.";
    };
  }

  /** Latest outcome counts, never anyone's name. */
  private static List<SummaryListRow> outcomes(SignpostStatistics statistics) {
    List<SummaryListRow> rows = new ArrayList<>();
    if (statistics.signposted() == 0) {
      return rows;
    }
    for (SignpostOutcome outcome : SignpostOutcome.values()) {
      rows.add(
          SummaryListRow.of(
              outcome.label(), statistics.latestOutcomes().getOrDefault(outcome, 0).toString()));
    }
    rows.add(SummaryListRow.of("No outcome yet", Integer.toString(statistics.noOutcomeYet())));
    return rows;
  }
}
