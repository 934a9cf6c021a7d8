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
import care.tandem.conversation.Conversations;
import care.tandem.fhir.ClientReach;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code Communication}: one per message in the person's conversation and its topic threads, with
 * the message's id. Read by id, or search by {@code patient} or {@code subject}. A message an admin
 * has hidden is never served: it reads as not found.
 */
@Component
class CommunicationProvider implements IResourceProvider {

  private final ClientReach reach;
  private final People people;
  private final Conversations conversations;
  private final Communications mapping;

  CommunicationProvider(
      ClientReach reach, People people, Conversations conversations, Communications mapping) {
    this.reach = reach;
    this.people = people;
    this.conversations = conversations;
    this.mapping = mapping;
  }

  @Override
  public Class<Communication> getResourceType() {
    return Communication.class;
  }

  @Read
  public Communication read(@IdParam IdType id, RequestDetails request) {
    UUID message = Ids.of(id);
    UUID person =
        conversations.recordOf(message).orElseThrow(() -> new ResourceNotFoundException(id));
    String wanted = message.toString();
    return messagesOf(reach.require(person, request)).stream()
        .filter(communication -> communication.getIdElement().getIdPart().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<Communication> searchByPatient(
      @RequiredParam(name = Communication.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<Communication> searchBySubject(
      @RequiredParam(name = Communication.SP_SUBJECT) ReferenceParam subject,
      RequestDetails request) {
    return search(subject, request);
  }

  private List<Communication> search(ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap(person -> reach.attempt(person, request))
        .map(this::messagesOf)
        .orElse(List.of());
  }

  private List<Communication> messagesOf(RecordAccess access) {
    return mapping.from(people.person(access), conversations.postedSince(access, Instant.EPOCH));
  }
}
