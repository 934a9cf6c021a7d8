package care.tandem.learning.pathways;

import care.tandem.care.web.CareDates;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How each of a person's pathways is going, in lines for the record and the team. */
@Component
class Engagement {

  private final EnrolmentRepository enrolments;
  private final PathwayRepository pathways;
  private final CheckInTaskRepository tasks;

  Engagement(
      EnrolmentRepository enrolments, PathwayRepository pathways, CheckInTaskRepository tasks) {
    this.enrolments = enrolments;
    this.pathways = pathways;
    this.tasks = tasks;
  }

  List<PathwayPages.EnrolmentLine> lines(UUID person, UUID viewer) {
    return enrolments.forPerson(person).stream().map(e -> line(e, viewer)).toList();
  }

  private PathwayPages.EnrolmentLine line(Enrolment enrolment, UUID viewer) {
    Pathway pathway = pathways.version(enrolment.pathway(), enrolment.version()).orElseThrow();
    List<StepProgress> progress = enrolments.progress(enrolment.id());
    int total = pathway.steps().size();
    long opened = progress.stream().filter(p -> p.opened() != null).count();
    long finished = progress.stream().filter(p -> p.finished() != null).count();
    long checkIns =
        pathway.steps().stream()
            .filter(s -> s.kind() == StepKind.CHECK_IN)
            .filter(
                s ->
                    progress.stream()
                        .anyMatch(p -> p.step().equals(s.id()) && p.finished() != null))
            .count();
    return new PathwayPages.EnrolmentLine(
        pathway.title(),
        "/people/" + enrolment.person() + "/pathways/" + enrolment.id(),
        CareDates.date(enrolment.offeredAt()),
        paceText(enrolment.pacing()),
        progress.size() + " of " + total,
        String.valueOf(opened),
        String.valueOf(finished),
        String.valueOf(checkIns),
        tasks.hasOpenTask(enrolment.id(), viewer));
  }

  static String paceText(Pacing pacing) {
    if (pacing.pace() == null) {
      return "Not started yet";
    }
    return pacing.paused() ? pacing.pace().label() + " (paused)" : pacing.pace().label();
  }
}
