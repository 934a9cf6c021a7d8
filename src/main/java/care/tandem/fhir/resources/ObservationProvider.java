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
import care.tandem.learning.checkins.CheckIns;
import care.tandem.measures.CompletedQuestionnaires;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * {@code Observation}: one per submitted questionnaire, its total score (same id as the response),
 * and two per check-in, pain and mood ({@link CheckInObservations}). Read by id, search by {@code
 * patient} or {@code subject}.
 */
@Component
class ObservationProvider implements IResourceProvider {

  private final ClientReach reach;
  private final CompletedQuestionnaires completed;
  private final MeasureResources resources;
  private final CheckIns checkIns;
  private final People people;

  ObservationProvider(
      ClientReach reach,
      CompletedQuestionnaires completed,
      MeasureResources resources,
      CheckIns checkIns,
      People people) {
    this.reach = reach;
    this.completed = completed;
    this.resources = resources;
    this.checkIns = checkIns;
    this.people = people;
  }

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id, RequestDetails request) {
    Optional<UUID> checkIn = CheckInObservations.checkInOf(id.getIdPart());
    if (checkIn.isPresent()) {
      return readCheckIn(id, checkIn.get(), request);
    }
    UUID response = Ids.of(id);
    UUID person = completed.personOf(response).orElseThrow(() -> new ResourceNotFoundException(id));
    RecordAccess access = reach.require(person, request);
    return completed
        .find(access, response)
        .map(done -> resources.observation(access, done))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<Observation> searchByPatient(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<Observation> searchBySubject(
      @RequiredParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
      RequestDetails request) {
    return search(subject, request);
  }

  private List<Observation> search(ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap(person -> reach.attempt(person, request))
        .map(
            access ->
                Stream.concat(
                        completed.of(access).stream()
                            .map(done -> resources.observation(access, done)),
                        checkIns.all(access).stream()
                            .flatMap(one -> CheckInObservations.both(one, nameOf(access)).stream()))
                    .toList())
        .orElse(List.of());
  }

  private Observation readCheckIn(IdType id, UUID checkIn, RequestDetails request) {
    UUID person = checkIns.personOf(checkIn).orElseThrow(() -> new ResourceNotFoundException(id));
    RecordAccess access = reach.require(person, request);
    return checkIns
        .find(access, checkIn)
        .map(
            found ->
                CheckInObservations.of(
                    found, CheckInObservations.partOf(id.getIdPart()), nameOf(access)))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  private String nameOf(RecordAccess access) {
    return people.person(access).details().displayName();
  }
}
