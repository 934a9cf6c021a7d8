package care.tandem.fhir.resources;

import care.tandem.care.Person;
import care.tandem.learning.PathwayActivity;
import care.tandem.plan.CarePlan;
import care.tandem.plan.Goal;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanAction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * A person's one shared care plan as a FHIR {@code CarePlan} with the person's id. Its goals are
 * contained {@code Goal} resources (they have no life outside the plan); its actions are
 * activities, each with its status, due date and who does it.
 */
@Component
class Plans {

  static final String ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final Parties parties;

  Plans(Parties parties) {
    this.parties = parties;
  }

  /** The plan, with the steps of the person's paced pathways as activities after its actions. */
  org.hl7.fhir.r4.model.CarePlan from(
      Person person, CarePlan plan, List<PathwayActivity> pathwaySteps) {
    Parties.Names names =
        parties.names(
            person,
            Stream.concat(
                    plan.goals().stream().map(Goal::owner),
                    plan.actions().stream().map(PlanAction::assignee))
                .toList());
    org.hl7.fhir.r4.model.CarePlan resource = new org.hl7.fhir.r4.model.CarePlan();
    resource.setId(person.id().toString());
    resource.getMeta().setVersionId(String.valueOf(plan.version()));
    if (plan.updatedAt() != null) {
      resource.getMeta().setLastUpdated(Date.from(plan.updatedAt()));
    }
    resource.setStatus(
        plan.isEmpty() && pathwaySteps.isEmpty() ? CarePlanStatus.DRAFT : CarePlanStatus.ACTIVE);
    resource.setIntent(CarePlanIntent.PLAN);
    resource.setTitle("Shared care plan for " + person.fullName());
    resource.setSubject(FhirTypes.patient(person.id(), person.fullName()));
    resource.addCareTeam(new Reference("CareTeam/" + person.id()));
    List<String> summary = new ArrayList<>(List.of(resource.getTitle()));
    for (Goal goal : plan.goals()) {
      resource.addContained(goal(person, goal, names));
      resource.addGoal(new Reference("#" + goal.id()).setDisplay(goal.title()));
      summary.add("Goal (" + goal.status().label() + "): " + goal.title());
    }
    for (PlanAction action : plan.actions()) {
      resource.addActivity(activity(person, action, names));
      summary.add("Action (" + (action.done() ? "done" : "to do") + "): " + action.what());
    }
    for (PathwayActivity step : pathwaySteps) {
      resource.addActivity(PathwaySteps.activity(person, step));
      summary.add(PathwaySteps.summary(step));
    }
    resource.setText(Narratives.of(summary));
    return resource;
  }

  private static org.hl7.fhir.r4.model.Goal goal(Person person, Goal goal, Parties.Names names) {
    org.hl7.fhir.r4.model.Goal resource = new org.hl7.fhir.r4.model.Goal();
    resource.setId(goal.id().toString());
    resource.setLifecycleStatus(lifecycle(goal.status()));
    achievement(goal.status())
        .forEach(code -> resource.setAchievementStatus(coded(ACHIEVEMENT_SYSTEM, code)));
    resource.addCategory(new CodeableConcept().setText(goal.section().label()));
    resource.setDescription(new CodeableConcept().setText(goal.title()));
    resource.setSubject(FhirTypes.patient(person.id(), person.fullName()));
    resource.setStatusDateElement(
        FhirTypes.date(goal.updatedAt().atZone(FhirTypes.UK).toLocalDate()));
    List<String> summary =
        new ArrayList<>(List.of(goal.title(), "Status: " + goal.status().label()));
    if (goal.reviewDate() != null) {
      resource.addTarget().setDue(FhirTypes.date(goal.reviewDate()));
      summary.add("Review by " + goal.reviewDate().format(DAY));
    }
    if (!goal.target().isBlank()) {
      resource.addNote().setText("Target: " + goal.target());
      summary.add("Target: " + goal.target());
    }
    // No owner means the person owns it themself.
    Reference owner =
        goal.owner() == null
            ? FhirTypes.patient(person.id(), person.fullName())
            : names.of(goal.owner());
    resource.setExpressedBy(owner);
    resource.addNote().setText("Owner: " + owner.getDisplay());
    summary.add("Owner: " + owner.getDisplay());
    resource.setText(Narratives.of(summary));
    return resource;
  }

  private static CarePlanActivityComponent activity(
      Person person, PlanAction action, Parties.Names names) {
    CarePlanActivityDetailComponent detail =
        new CarePlanActivityDetailComponent()
            .setStatus(
                action.done()
                    ? CarePlanActivityStatus.COMPLETED
                    : CarePlanActivityStatus.NOTSTARTED)
            .setDescription(action.what());
    if (action.dueDate() != null) {
      detail.setScheduled(new Period().setEndElement(FhirTypes.dateTime(action.dueDate())));
    }
    // No assignee means the person will do it.
    detail.addPerformer(
        action.assignee() == null
            ? FhirTypes.patient(person.id(), person.fullName())
            : names.of(action.assignee()));
    return new CarePlanActivityComponent().setDetail(detail);
  }

  private static GoalLifecycleStatus lifecycle(GoalStatus status) {
    return switch (status) {
      case NOT_STARTED -> GoalLifecycleStatus.PLANNED;
      case IN_PROGRESS -> GoalLifecycleStatus.ACTIVE;
      case MET -> GoalLifecycleStatus.COMPLETED;
      case STOPPED -> GoalLifecycleStatus.CANCELLED;
    };
  }

  private static List<String> achievement(GoalStatus status) {
    return switch (status) {
      case NOT_STARTED, STOPPED -> List.of();
      case IN_PROGRESS -> List.of("in-progress|In Progress");
      case MET -> List.of("achieved|Achieved");
    };
  }

  /** A coding from "code|Display". */
  private static CodeableConcept coded(String system, String codeAndDisplay) {
    String[] parts = codeAndDisplay.split("\\|", 2);
    return new CodeableConcept(new Coding(system, parts[0], parts[1]));
  }
}
