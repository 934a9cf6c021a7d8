package care.tandem.fhir;

import care.tandem.identity.TestAccounts;
import java.util.UUID;

/** Registers FHIR clients for tests, as an admin would. */
final class FhirTestClients {

  private FhirTestClients() {}

  /** A new client for the organisation; returns its token. */
  static String register(FhirClients clients, TestAccounts accounts, UUID organisation) {
    String token =
        clients
            .register(
                "Test system " + UUID.randomUUID(),
                organisation,
                UUID.randomUUID(),
                accounts.admin())
            .token();
    if (token == null) {
      throw new IllegalStateException("A new registration shows its token");
    }
    return token;
  }

  static UUID clientOf(FhirClients clients, String token) {
    return clients.authenticate(token).orElseThrow().id();
  }
}
