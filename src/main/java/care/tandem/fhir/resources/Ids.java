package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IIdType;
import org.jspecify.annotations.Nullable;

/**
 * Resource ids are Tandem's own UUIDs. Anything else in an id is simply not found, and a reference
 * that is not to a Patient with a UUID id finds nobody: never a server error.
 */
final class Ids {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  static Optional<UUID> uuid(@Nullable String text) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(text));
  }

  /** The UUID a read names. @throws ResourceNotFoundException for anything else */
  static UUID of(IIdType id) {
    return uuid(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** The person a {@code patient} or {@code subject} search parameter names, if it names one. */
  static Optional<UUID> patient(ReferenceParam reference) {
    String type = reference.getResourceType();
    if (type != null && !type.isEmpty() && !type.equals("Patient")) {
      return Optional.empty();
    }
    return uuid(reference.getIdPart());
  }
}
