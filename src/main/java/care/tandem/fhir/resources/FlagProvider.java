package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.SafetyAlertsOnRecord;
import care.tandem.measures.SafetyAlertsOnRecord.RecordedAlert;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.springframework.stereotype.Component;

/**
 * {@code Flag}: the safety alerts on a record (PHQ-9 question 9 answered above 0), so a connected
 * system sees that someone on the care team needs to talk with the person. A search by {@code
 * patient} or {@code subject} finds the open ones; a read serves any, closed ones as inactive. The
 * answer itself is never in the Flag: it is in the QuestionnaireResponse.
 */
@Component
class FlagProvider implements IResourceProvider {

  static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category";

  private final ClientReach reach;
  private final SafetyAlertsOnRecord alerts;
  private final Instruments instruments;
  private final People people;

  FlagProvider(
      ClientReach reach, SafetyAlertsOnRecord alerts, Instruments instruments, People people) {
    this.reach = reach;
    this.alerts = alerts;
    this.instruments = instruments;
    this.people = people;
  }

  @Override
  public Class<Flag> getResourceType() {
    return Flag.class;
  }

  @Read
  public Flag read(@IdParam IdType id, RequestDetails request) {
    UUID alert = Ids.of(id);
    UUID person = alerts.personOf(alert).orElseThrow(() -> new ResourceNotFoundException(id));
    RecordAccess access = reach.require(person, request);
    return alerts
        .find(access, alert)
        .map(found -> flag(access, found))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<Flag> searchByPatient(
      @RequiredParam(name = Flag.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<Flag> searchBySubject(
      @RequiredParam(name = Flag.SP_SUBJECT) ReferenceParam subject, RequestDetails request) {
    return search(subject, request);
  }

  private List<Flag> search(ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap(person -> reach.attempt(person, request))
        .map(access -> alerts.open(access).stream().map(alert -> flag(access, alert)).toList())
        .orElse(List.of());
  }

  private Flag flag(RecordAccess access, RecordedAlert alert) {
    String name = people.person(access).details().displayName();
    String instrument =
        instruments.find(alert.instrument()).map(Instrument::shortTitle).orElse(alert.instrument());
    String what =
        "Safety alert: "
            + instrument
            + " question "
            + String.join(" and ", alert.flagged())
            + " answered above 0. Someone on the care team needs to talk with the person";
    Flag flag = new Flag();
    flag.setId(alert.id().toString());
    flag.setStatus(alert.closedAt() == null ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
    flag.addCategory(
        new CodeableConcept(new Coding(CATEGORY_SYSTEM, "clinical", "Clinical"))
            .setText("Clinical"));
    flag.setCode(new CodeableConcept().setText(what));
    flag.setSubject(FhirTypes.patient(alert.person(), name));
    Period period = new Period().setStartElement(FhirTypes.dateTime(alert.raisedAt()));
    if (alert.closedAt() != null) {
      period.setEndElement(FhirTypes.dateTime(alert.closedAt()));
    }
    flag.setPeriod(period);
    flag.setText(
        Narratives.of(
            List.of(
                what,
                alert.closedAt() != null
                    ? "Closed by a clinician"
                    : alert.acknowledged()
                        ? "Open: a clinician has acknowledged it"
                        : "Open: waiting for a clinician")));
    return flag;
  }
}
