package care.tandem.fhir;

import care.tandem.fhir.smart.SmartScopes;
import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request from a registered FHIR client whose bearer token checked out: a SMART access token,
 * with its scopes, or an old-style static token (no scopes: it may do what such tokens always
 * could).
 */
final class FhirClientAuthentication extends AbstractAuthenticationToken {

  /** The authority the FHIR routes require; no person's account ever has it. */
  static final String AUTHORITY = "FHIR_CLIENT";

  @Serial private static final long serialVersionUID = 1L;

  private final FhirClient client;
  private final @Nullable SmartScopes scopes;

  FhirClientAuthentication(FhirClient client, @Nullable SmartScopes scopes) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.client = client;
    this.scopes = scopes;
    setAuthenticated(true);
  }

  /** The SMART access token's scopes; null for an old-style static token. */
  @Nullable SmartScopes scopes() {
    return scopes;
  }

  @Override
  public FhirClient getPrincipal() {
    return client;
  }

  @Override
  public String getCredentials() {
    return "";
  }

  @Override
  public String getName() {
    return client.id().toString();
  }
}
