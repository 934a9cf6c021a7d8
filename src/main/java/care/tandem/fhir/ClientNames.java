package care.tandem.fhir;

import care.tandem.care.ConnectedSystemNames;
import care.tandem.identity.OrganisationSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names registered FHIR clients (revoked ones too) for the person's "who has looked" page. */
@Component
class ClientNames implements ConnectedSystemNames {

  private final FhirClients clients;

  ClientNames(FhirClients clients) {
    this.clients = clients;
  }

  @Override
  public Map<UUID, Named> named(Collection<UUID> ids) {
    Map<UUID, Named> named = new HashMap<>();
    Map<UUID, String> organisations = null;
    for (UUID id : ids) {
      var client = clients.find(id);
      if (client.isEmpty() || named.containsKey(id)) {
        continue;
      }
      if (organisations == null) {
        organisations =
            clients.organisations().stream()
                .collect(
                    Collectors.toMap(
                        OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
      }
      named.put(
          id,
          new Named(
              client.get().name(),
              organisations.getOrDefault(client.get().organisationId(), "an organisation")));
    }
    return named;
  }
}
