package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import care.tandem.learning.PathwayActivities;
import care.tandem.plan.CarePlans;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code CarePlan}: one per person, with the person's id, its goals contained. Read by id, or
 * search by {@code patient} or {@code subject}.
 */
@Component
class CarePlanProvider implements IResourceProvider {

  private final ClientReach reach;
  private final People people;
  private final CarePlans plans;
  private final Plans mapping;
  private final PathwayActivities pathways;

  CarePlanProvider(
      ClientReach reach,
      People people,
      CarePlans plans,
      Plans mapping,
      PathwayActivities pathways) {
    this.reach = reach;
    this.people = people;
    this.plans = plans;
    this.mapping = mapping;
    this.pathways = pathways;
  }

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id, RequestDetails request) {
    return planOf(reach.require(Ids.of(id), request));
  }

  @Search
  public List<CarePlan> searchByPatient(
      @RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<CarePlan> searchBySubject(
      @RequiredParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject, RequestDetails request) {
    return search(subject, request);
  }

  private List<CarePlan> search(ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap(person -> reach.attempt(person, request))
        .map(this::planOf)
        .stream()
        .toList();
  }

  private CarePlan planOf(RecordAccess access) {
    return mapping.from(people.person(access), plans.plan(access), pathways.of(access));
  }
}
