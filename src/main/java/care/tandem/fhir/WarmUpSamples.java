package care.tandem.fhir;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** One small resource of each type we serve, for the validator to load its definitions with. */
final class WarmUpSamples {

  private WarmUpSamples() {}

  static List<IBaseResource> all() {
    Patient patient = new Patient();
    patient.setId("warm-up");
    patient.addName().setFamily("Sample").addGiven("Warm");
    patient.setGender(AdministrativeGender.UNKNOWN);
    Reference subject = new Reference("Patient/warm-up");
    CareTeam team = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(subject);
    CarePlan plan =
        new CarePlan()
            .setStatus(CarePlan.CarePlanStatus.ACTIVE)
            .setIntent(CarePlan.CarePlanIntent.PLAN)
            .setSubject(subject);
    Goal goal =
        new Goal()
            .setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
            .setDescription(new CodeableConcept().setText("Warm up"))
            .setSubject(subject);
    Communication message =
        new Communication().setStatus(Communication.CommunicationStatus.COMPLETED);
    message.setSubject(subject);
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    bundle.addEntry().setFullUrl("http://localhost/fhir/Patient/warm-up").setResource(patient);
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.LOGIN);
    return List.of(patient, team, plan, goal, message, bundle, outcome);
  }
}
