package care.tandem.identity;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about an account: name, role, a practitioner's discipline, and the
 * organisations and services it belongs to. Never the email address or password.
 *
 * @param role the role as a code: {@code PATIENT}, {@code PRACTITIONER}, {@code SERVICE_LEAD} or
 *     {@code ADMIN}
 * @param discipline a practitioner's discipline as a code, such as {@code PHYSIOTHERAPIST}
 * @param jobTitle the discipline in words for a practitioner ("Physiotherapist"), otherwise the
 *     role in words ("Service lead")
 */
public record StaffMember(
    UUID accountId,
    String displayName,
    String role,
    @Nullable String discipline,
    String jobTitle,
    boolean active,
    List<OrganisationSummary> organisations,
    List<ServiceSummary> services) {

  public boolean isPractitioner() {
    return "PRACTITIONER".equals(role);
  }

  public boolean worksIn(UUID serviceId) {
    return services.stream().anyMatch(service -> service.id().equals(serviceId));
  }
}
