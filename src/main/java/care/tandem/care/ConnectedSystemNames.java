package care.tandem.care;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the connected systems that read records are called, for the person's "who has looked" page:
 * each system's name and the organisation it acts for. The FHIR interface, which registers them,
 * provides it.
 */
public interface ConnectedSystemNames {

  /** The systems among these ids (any other id is left out), by id. */
  Map<UUID, Named> named(Collection<UUID> ids);

  /** A system's name and the organisation it acts for. */
  record Named(String name, String organisation) {}
}
