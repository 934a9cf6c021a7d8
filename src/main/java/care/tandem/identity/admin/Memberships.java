package care.tandem.identity.admin;

import care.tandem.identity.organisation.CareServices;
import care.tandem.identity.organisation.Organisations;
import care.tandem.system.components.Choice;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisations and services an account can belong to, as checkbox choices, and the ids ticked
 * on a form. Only ids from the lists are accepted: anything else did not come from our page.
 */
@Component
class Memberships {

  private final Organisations organisations;
  private final CareServices services;

  Memberships(Organisations organisations, CareServices services) {
    this.organisations = organisations;
    this.services = services;
  }

  List<Choice> organisationChoices() {
    return organisations.all().stream().map(o -> Choice.of(o.id().toString(), o.name())).toList();
  }

  List<Choice> serviceChoices() {
    return services.all().stream()
        .map(s -> Choice.of(s.id().toString(), s.name() + " (" + s.organisationName() + ")"))
        .toList();
  }

  Set<UUID> organisationIds(@Nullable List<String> ticked) {
    return known(ticked, organisationChoices());
  }

  Set<UUID> serviceIds(@Nullable List<String> ticked) {
    return known(ticked, serviceChoices());
  }

  private static Set<UUID> known(@Nullable List<String> ticked, List<Choice> choices) {
    Set<UUID> ids = new HashSet<>();
    if (ticked == null) {
      return ids;
    }
    Set<String> allowed = new HashSet<>(choices.stream().map(Choice::value).toList());
    for (String value : ticked) {
      if (!allowed.contains(value)) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
      ids.add(UUID.fromString(value));
    }
    return ids;
  }
}
