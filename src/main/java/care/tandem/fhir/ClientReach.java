package care.tandem.fhir;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import care.tandem.care.ConnectedSystem;
import care.tandem.care.ConnectedSystems;
import care.tandem.care.NhsNumber;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * Whose records the client making a request may read: the people on whose care team its
 * organisation has someone now. Every decision about a person is audited by the care module, with
 * the client as the actor; a refusal reads as "not found", exactly like a record that does not
 * exist.
 */
@Component
public class ClientReach {

  private final ConnectedSystems systems;

  ClientReach(ConnectedSystems systems) {
    this.systems = systems;
  }

  /**
   * Lets the client read the person's record, or answers 404.
   *
   * @throws ResourceNotFoundException when the person is out of the client's reach or unknown
   */
  public RecordAccess require(UUID person, RequestDetails request) {
    return attempt(person, request)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    new IdType(request.getResourceName(), idOf(request))));
  }

  /** As {@link #require}, for a search: a person out of reach is simply not among the results. */
  public Optional<RecordAccess> attempt(UUID person, RequestDetails request) {
    HttpServletRequest servlet = servletRequest(request);
    ConnectedSystem system = system(servlet);
    FhirRequests.setPersonAudited(servlet);
    try {
      return Optional.of(
          systems.require(
              person, system, action(request), Map.of("resource", request.getResourceName())));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Everyone the client may read, most recently joined by its organisation first. */
  public List<UUID> people(RequestDetails request) {
    return systems.peopleInReachOf(system(servletRequest(request)).organisationId());
  }

  /** Whose record has the NHS number, before any check: follow with {@link #attempt}. */
  public Optional<UUID> personWithNhsNumber(NhsNumber number) {
    return systems.personWithNhsNumber(number);
  }

  /** The name an admin gave the system making the request, to tell a clinician who sent what. */
  public String clientName(RequestDetails request) {
    return FhirRequests.client(servletRequest(request))
        .map(FhirClient::name)
        .orElse("a connected system");
  }

  private static String action(RequestDetails request) {
    RestOperationTypeEnum operation = request.getRestOperationType();
    if (operation == RestOperationTypeEnum.READ) {
      return "fhir.read";
    }
    if (operation == RestOperationTypeEnum.SEARCH_TYPE) {
      return "fhir.search";
    }
    return operation == null ? "fhir.request" : "fhir." + operation.getCode();
  }

  private static String idOf(RequestDetails request) {
    return request.getId() == null ? "unknown" : request.getId().getIdPart();
  }

  private static ConnectedSystem system(HttpServletRequest request) {
    FhirClient client =
        FhirRequests.client(request)
            .orElseThrow(() -> new AuthenticationException("A bearer token is required"));
    return new ConnectedSystem(client.id(), client.organisationId());
  }

  private static HttpServletRequest servletRequest(RequestDetails request) {
    if (request instanceof ServletRequestDetails servlet) {
      return servlet.getServletRequest();
    }
    throw new IllegalStateException("FHIR requests arrive through the servlet");
  }
}
