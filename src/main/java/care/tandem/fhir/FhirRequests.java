package care.tandem.fhir;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the layers of one FHIR request tell each other, kept as request attributes: the client its
 * token belongs to (or why the token was refused), what HAPI made of it, and whether an audit row
 * about a person has been written for it already.
 */
final class FhirRequests {

  private static final String PREFIX = FhirRequests.class.getName() + ".";
  private static final String CLIENT = PREFIX + "client";
  private static final String REFUSAL = PREFIX + "refusal";
  private static final String INTERACTION = PREFIX + "interaction";
  private static final String PERSON_AUDITED = PREFIX + "person-audited";

  /** Why a request's token was refused. */
  enum Refusal {
    NO_TOKEN,
    UNKNOWN_OR_REVOKED_TOKEN,
    /** An old-style static token after its end date. */
    STATIC_TOKEN_ENDED,
    /** A SMART access token without a scope for what the request does (a 403). */
    INSUFFICIENT_SCOPE
  }

  private FhirRequests() {}

  static Optional<FhirClient> client(HttpServletRequest request) {
    return request.getAttribute(CLIENT) instanceof FhirClient client
        ? Optional.of(client)
        : Optional.empty();
  }

  static void setClient(HttpServletRequest request, FhirClient client) {
    request.setAttribute(CLIENT, client);
  }

  static Refusal refusal(HttpServletRequest request) {
    return request.getAttribute(REFUSAL) instanceof Refusal refusal ? refusal : Refusal.NO_TOKEN;
  }

  static void setRefusal(HttpServletRequest request, Refusal refusal) {
    request.setAttribute(REFUSAL, refusal);
  }

  static @Nullable String interaction(HttpServletRequest request) {
    return request.getAttribute(INTERACTION) instanceof String interaction ? interaction : null;
  }

  static void setInteraction(HttpServletRequest request, String interaction) {
    request.setAttribute(INTERACTION, interaction);
  }

  static boolean personAudited(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(PERSON_AUDITED));
  }

  static void setPersonAudited(HttpServletRequest request) {
    request.setAttribute(PERSON_AUDITED, Boolean.TRUE);
  }

  /** The request was audited by what answered it (the token endpoint), not about a person. */
  static void setAudited(HttpServletRequest request) {
    request.setAttribute(PERSON_AUDITED, Boolean.TRUE);
  }
}
