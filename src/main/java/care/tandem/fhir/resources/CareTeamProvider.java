package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.tandem.care.CareTeam;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code CareTeam}: one per person, with the person's id. Read by id, or search by {@code patient}
 * or {@code subject}.
 */
@Component
class CareTeamProvider implements IResourceProvider {

  private final ClientReach reach;
  private final People people;
  private final CareTeam teams;
  private final CareTeams mapping;

  CareTeamProvider(ClientReach reach, People people, CareTeam teams, CareTeams mapping) {
    this.reach = reach;
    this.people = people;
    this.teams = teams;
    this.mapping = mapping;
  }

  @Override
  public Class<org.hl7.fhir.r4.model.CareTeam> getResourceType() {
    return org.hl7.fhir.r4.model.CareTeam.class;
  }

  @Read
  public org.hl7.fhir.r4.model.CareTeam read(@IdParam IdType id, RequestDetails request) {
    return teamOf(reach.require(Ids.of(id), request));
  }

  @Search
  public List<org.hl7.fhir.r4.model.CareTeam> searchByPatient(
      @RequiredParam(name = org.hl7.fhir.r4.model.CareTeam.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<org.hl7.fhir.r4.model.CareTeam> searchBySubject(
      @RequiredParam(name = org.hl7.fhir.r4.model.CareTeam.SP_SUBJECT) ReferenceParam subject,
      RequestDetails request) {
    return search(subject, request);
  }

  private List<org.hl7.fhir.r4.model.CareTeam> search(
      ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap((UUID person) -> reach.attempt(person, request))
        .map(this::teamOf)
        .stream()
        .toList();
  }

  private org.hl7.fhir.r4.model.CareTeam teamOf(RecordAccess access) {
    return mapping.from(people.person(access), teams.current(access));
  }
}
