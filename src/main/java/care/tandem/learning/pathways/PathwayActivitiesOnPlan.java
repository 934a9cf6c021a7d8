package care.tandem.learning.pathways;

import care.tandem.care.RecordAccess;
import care.tandem.learning.PathwayActivities;
import care.tandem.learning.PathwayActivity;
import care.tandem.learning.PathwayActivity.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each step of each pathway the person is on, in order, with how far they have got with it. */
@Component
class PathwayActivitiesOnPlan implements PathwayActivities {

  private final EnrolmentRepository enrolments;
  private final PathwayRepository pathways;
  private final StepCheck steps;

  PathwayActivitiesOnPlan(
      EnrolmentRepository enrolments, PathwayRepository pathways, StepCheck steps) {
    this.enrolments = enrolments;
    this.pathways = pathways;
    this.steps = steps;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PathwayActivity> of(RecordAccess allowed) {
    List<PathwayActivity> activities = new ArrayList<>();
    for (Enrolment enrolment : enrolments.forPerson(allowed.person())) {
      Pathway pathway = pathways.version(enrolment.pathway(), enrolment.version()).orElseThrow();
      Map<UUID, StepProgress> progress =
          enrolments.progress(enrolment.id()).stream()
              .collect(Collectors.toMap(StepProgress::step, Function.identity()));
      int number = 0;
      for (PathwayStep step : pathway.steps()) {
        StepProgress done = progress.get(step.id());
        activities.add(
            new PathwayActivity(
                pathway.title(),
                ++number,
                steps.title(step),
                status(done),
                done == null ? null : done.released()));
      }
    }
    return activities;
  }

  private static Status status(@Nullable StepProgress done) {
    if (done == null) {
      return Status.WAITING;
    }
    if (done.finished() != null) {
      return Status.FINISHED;
    }
    return done.opened() != null ? Status.OPENED : Status.READY;
  }
}
