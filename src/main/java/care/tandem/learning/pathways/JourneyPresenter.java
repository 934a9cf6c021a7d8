package care.tandem.learning.pathways;

import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.system.components.Choice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns a person's journey through a pathway into the pages they and their team see. */
@Component
class JourneyPresenter {

  /** Where the check-in page is (the check-ins part of the learning module keeps it). */
  static final String CHECK_IN_HREF = "/my-record/check-in";

  private final RecordHeaders headers;
  private final StepCheck check;
  private final Library library;

  JourneyPresenter(RecordHeaders headers, StepCheck check, Library library) {
    this.headers = headers;
    this.check = check;
    this.library = library;
  }

  static String base(Journey journey) {
    return "/people/" + journey.access().person() + "/pathways/" + journey.enrolment().id();
  }

  PathwayPages.JourneyPage page(Journey journey, boolean hasCheckInTask, Instant now) {
    String base = base(journey);
    Pacing pacing = journey.enrolment().pacing();
    Map<UUID, StepProgress> out = journey.byStep();
    List<PathwayPages.StepLine> steps = new ArrayList<>();
    for (PathwayStep step : journey.pathway().steps()) {
      StepProgress progress = out.get(step.id());
      String status;
      String colour;
      if (progress == null) {
        status = "Coming later";
        colour = "grey";
      } else if (progress.finished() != null) {
        status = "Done";
        colour = "green";
      } else if (progress.opened() != null) {
        status = "Started";
        colour = "blue";
      } else {
        status = "New";
        colour = "yellow";
      }
      steps.add(
          new PathwayPages.StepLine(
              step.position(),
              check.title(step),
              base + "/steps/" + step.id(),
              status,
              colour,
              progress != null));
    }
    String next = null;
    if (pacing.pace() != null && !pacing.paused() && !journey.allReleased()) {
      Instant at = pacing.nextReleaseAt();
      if (at != null) {
        Instant when =
            pacing.snoozedUntil() != null && pacing.snoozedUntil().isAfter(at)
                ? pacing.snoozedUntil()
                : at;
        next = when.isAfter(now) ? CareDates.date(when) : "soon";
      }
    }
    return new PathwayPages.JourneyPage(
        headers.of(journey.access(), "/people/" + journey.access().person() + "/pathways"),
        journey.pathway().title(),
        journey.pathway().summary(),
        journey.access().isThePerson(),
        pacing.pace() != null,
        Engagement.paceText(pacing),
        journey.enrolment().remindersStopped()
            ? "No reminder e-mails"
            : journey.enrolment().quietTime().label(),
        pacing.paused(),
        pacing.snoozing(now) && pacing.snoozedUntil() != null
            ? CareDates.date(pacing.snoozedUntil())
            : null,
        next,
        journey.allReleased(),
        steps,
        base + "/pace",
        base + "/change",
        Arrays.stream(Pace.values()).map(p -> Choice.of(p.code(), p.label())).toList(),
        Arrays.stream(QuietTime.values()).map(q -> Choice.of(q.code(), q.label())).toList(),
        journey.access().isThePerson() && journey.askWhy() != null
            ? base + "/what-got-in-the-way"
            : null,
        hasCheckInTask ? base + "/checked-in" : null,
        "/people/" + journey.access().person() + "/pathways");
  }

  PathwayPages.StepPage step(Journey journey, UUID stepId) {
    String base = base(journey);
    PathwayStep step = journey.pathway().step(stepId).orElseThrow();
    var progress = journey.progressOf(stepId);
    List<PathwayStep> all = journey.pathway().steps();
    int at = all.indexOf(step);
    Piece piece = step.kind() == StepKind.PIECE ? library.find(step.ref()).orElse(null) : null;
    return new PathwayPages.StepPage(
        headers.of(journey.access(), "/people/" + journey.access().person() + "/pathways"),
        journey.pathway().title(),
        base,
        step.position(),
        all.size(),
        check.title(step),
        step.kind().code(),
        progress.isPresent(),
        progress.map(p -> p.finished() != null).orElse(false),
        journey.access().isThePerson(),
        piece == null ? null : piece.path(),
        piece == null ? null : piece.summary(),
        step.kind() == StepKind.QUESTIONNAIRE
            ? "/people/" + journey.access().person() + "/questionnaires/" + step.ref() + "/start"
            : null,
        CHECK_IN_HREF,
        step.kind() == StepKind.GOAL ? step.text() : null,
        step.kind() == StepKind.REFLECTION ? step.text() : null,
        base + "/steps/" + step.id(),
        at + 1 < all.size() ? base + "/steps/" + all.get(at + 1).id() : null,
        journey.access().isThePerson()
            ? null
            : progress.filter(StepProgress::answerShared).map(StepProgress::answer).orElse(null));
  }

  List<Choice> barrierChoices() {
    return Arrays.stream(Barrier.values()).map(b -> Choice.of(b.code(), b.label())).toList();
  }
}
