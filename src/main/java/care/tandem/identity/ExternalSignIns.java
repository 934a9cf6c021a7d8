package care.tandem.identity;

import java.util.Optional;
import java.util.UUID;

/** What other modules may know of how an account signs in with NHS login or NHS CIS2. */
public interface ExternalSignIns {

  /** The identity proofing level (P0, P5 or P9) NHS login last gave for this account. */
  Optional<String> nhsLoginLevel(UUID accountId);
}
