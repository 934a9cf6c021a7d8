package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.tandem.care.NhsNumber;
import care.tandem.care.People;
import care.tandem.fhir.ClientReach;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/** {@code Patient}: read by id, search by NHS number ({@code identifier}) or {@code _id}. */
@Component
class PatientProvider implements IResourceProvider {

  private final ClientReach reach;
  private final People people;

  PatientProvider(ClientReach reach, People people) {
    this.reach = reach;
    this.people = people;
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id, RequestDetails request) {
    return Patients.from(people.person(reach.require(Ids.of(id), request)));
  }

  /**
   * {@code identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919}; the system may be left out.
   */
  @Search
  public List<Patient> searchByIdentifier(
      @RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier, RequestDetails request) {
    String system = identifier.getSystem();
    if (system != null && !system.isEmpty() && !system.equals(Patients.NHS_NUMBER_SYSTEM)) {
      return List.of();
    }
    Optional<NhsNumber> number =
        Optional.ofNullable(identifier.getValue()).flatMap(NhsNumber::parse);
    return found(number.flatMap(reach::personWithNhsNumber), request);
  }

  @Search
  public List<Patient> searchById(
      @RequiredParam(name = IAnyResource.SP_RES_ID) TokenParam id, RequestDetails request) {
    return found(Ids.uuid(id.getValue()), request);
  }

  private List<Patient> found(Optional<UUID> person, RequestDetails request) {
    return person
        .flatMap(id -> reach.attempt(id, request))
        .map(access -> Patients.from(people.person(access)))
        .stream()
        .toList();
  }
}
