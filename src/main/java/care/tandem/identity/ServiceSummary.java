package care.tandem.identity;

import java.util.UUID;

/**
 * A service or team and the organisation it belongs to, as other modules see it.
 *
 * @param kind the kind of service as a code, such as {@code TALKING_THERAPIES}
 * @param kindLabel the kind in words, such as "Talking therapies"
 */
public record ServiceSummary(
    UUID id,
    String name,
    UUID organisationId,
    String organisationName,
    String kind,
    String kindLabel) {

  /** For example "Riverside MSK Service, Northfield NHS Foundation Trust". */
  public String nameWithOrganisation() {
    return name.equals(organisationName) ? name : name + ", " + organisationName;
  }
}
