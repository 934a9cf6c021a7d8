package care.tandem.fhir.resources;

import care.tandem.care.Person;
import care.tandem.learning.PathwayActivity;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;

/**
 * The steps of a person's paced pathways as activities of their care plan: waiting steps are
 * scheduled, released ones not started, opened ones in progress, finished ones completed. The
 * person does each step. A reflection's answer is theirs and is never served.
 */
final class PathwaySteps {

  static final String CODE_TEXT = "Paced pathway step";

  private PathwaySteps() {}

  static CarePlanActivityComponent activity(Person person, PathwayActivity step) {
    CarePlanActivityDetailComponent detail =
        new CarePlanActivityDetailComponent()
            .setCode(new CodeableConcept().setText(CODE_TEXT))
            .setStatus(status(step.status()))
            .setDescription(description(step));
    if (step.released() != null) {
      detail.setScheduled(new Period().setStartElement(FhirTypes.dateTime(step.released())));
    }
    detail.addPerformer(FhirTypes.patient(person.id(), person.fullName()));
    return new CarePlanActivityComponent().setDetail(detail);
  }

  /** A line of the plan's narrative. */
  static String summary(PathwayActivity step) {
    return "Pathway step (" + status(step.status()).getDisplay() + "): " + description(step);
  }

  private static String description(PathwayActivity step) {
    return step.pathway() + ", step " + step.number() + ": " + step.step();
  }

  private static CarePlanActivityStatus status(PathwayActivity.Status status) {
    return switch (status) {
      case WAITING -> CarePlanActivityStatus.SCHEDULED;
      case READY -> CarePlanActivityStatus.NOTSTARTED;
      case OPENED -> CarePlanActivityStatus.INPROGRESS;
      case FINISHED -> CarePlanActivityStatus.COMPLETED;
    };
  }
}
