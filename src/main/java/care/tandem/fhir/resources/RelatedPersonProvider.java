package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.stereotype.Component;

/**
 * {@code RelatedPerson}: someone helping a person with their current consent (a carer, a family
 * member), with the consent's id. Read by id, or search by {@code patient}. A withdrawn consent is
 * not found. Only for people the client may read, as for every other resource.
 */
@Component
class RelatedPersonProvider implements IResourceProvider {

  private final ClientReach reach;
  private final Helpers helpers;

  RelatedPersonProvider(ClientReach reach, Helpers helpers) {
    this.reach = reach;
    this.helpers = helpers;
  }

  @Override
  public Class<RelatedPerson> getResourceType() {
    return RelatedPerson.class;
  }

  @Read
  public RelatedPerson read(@IdParam IdType id, RequestDetails request) {
    UUID consent = Ids.of(id);
    UUID person = helpers.recordOf(consent).orElseThrow(() -> new ResourceNotFoundException(id));
    RecordAccess access = reach.require(person, request);
    return helpers
        .find(access, consent)
        .map(RelatedPersonProvider::from)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<RelatedPerson> searchByPatient(
      @RequiredParam(name = RelatedPerson.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return Ids.patient(patient)
        .flatMap((UUID person) -> reach.attempt(person, request))
        .map(access -> helpers.current(access).stream().map(RelatedPersonProvider::from).toList())
        .orElse(List.of());
  }

  static RelatedPerson from(Helper helper) {
    RelatedPerson related = new RelatedPerson();
    related.setId(helper.id().toString());
    related.setActive(true);
    related.setPatient(new Reference("Patient/" + helper.person()));
    related.addRelationship(new CodeableConcept().setText(helper.relationship()));
    related.addName(new HumanName().setText(helper.name()));
    related.setPeriod(new Period().setStartElement(FhirTypes.dateTime(helper.startedAt())));
    List<String> summary = new ArrayList<>();
    summary.add(
        helper.name()
            + " ("
            + helper.relationship()
            + "), helping with the person's consent. May:");
    helper.permissions().stream()
        .sorted()
        .map(HelperPermission::label)
        .forEach(label -> summary.add("- " + label));
    related.setText(Narratives.of(summary));
    return related;
  }
}
