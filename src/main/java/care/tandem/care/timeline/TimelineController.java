package care.tandem.care.timeline;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordVisits;
import care.tandem.care.web.RecordHeaders;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The timeline page: everything that happened on the record, newest first, filtered by plain GET
 * checkboxes. Looking records a visit; what others did since the one before is marked new.
 */
@Controller
class TimelineController {

  private final CareAccess careAccess;
  private final RecordVisits visits;
  private final People people;
  private final Timeline timeline;
  private final TimelineViews views;
  private final RecordHeaders headers;

  TimelineController(
      CareAccess careAccess,
      RecordVisits visits,
      People people,
      Timeline timeline,
      TimelineViews views,
      RecordHeaders headers) {
    this.headers = headers;
    this.careAccess = careAccess;
    this.visits = visits;
    this.people = people;
    this.timeline = timeline;
    this.views = views;
  }

  @GetMapping("/people/{personId}/timeline")
  String showTimeline(
      @PathVariable UUID personId, TimelineForm form, Authentication viewer, Model model) {
    RecordAccess access = careAccess.require(personId, viewer, "timeline.viewed");
    Optional<Instant> previousVisit = visits.visit(personId, access.account());
    Instant lastVisit = sinceAsked(form.since()).or(() -> previousVisit).orElse(null);
    Set<TimelineFilter> filters = TimelineFilter.chosen(form.show());
    TimelinePage page = timeline.page(access, filters, form.pageNumber(), lastVisit);
    model.addAttribute(
        "timeline",
        views.timeline(
            access,
            headers.of(access, RecordLinks.timeline(personId)),
            people.person(access).fullName(),
            filters,
            page));
    return "care/timeline/timeline";
  }

  /** The last visit a page of this timeline compared with, if it was sent and makes sense. */
  static Optional<Instant> sinceAsked(@Nullable String since) {
    if (since == null || since.isBlank() || since.length() > 40) {
      return Optional.empty();
    }
    try {
      Instant asked = Instant.parse(since.strip());
      return asked.isAfter(Instant.now()) ? Optional.empty() : Optional.of(asked);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
