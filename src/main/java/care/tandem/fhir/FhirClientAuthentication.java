package care.tandem.fhir;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request from a registered FHIR client whose bearer token checked out. */
final class FhirClientAuthentication extends AbstractAuthenticationToken {

  /** The authority the FHIR routes require; no person's account ever has it. */
  static final String AUTHORITY = "FHIR_CLIENT";

  @Serial private static final long serialVersionUID = 1L;

  private final FhirClient client;

  FhirClientAuthentication(FhirClient client) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.client = client;
    setAuthenticated(true);
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
