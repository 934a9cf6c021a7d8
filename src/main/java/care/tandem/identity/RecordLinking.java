package care.tandem.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Links a new account to the one care record whose NHS number and date of birth match, when a
 * person first signs in with NHS login. Implemented by the care module, which keeps the records, so
 * the identity module need not depend on it.
 */
public interface RecordLinking {

  /**
   * Links the account to the record if exactly one person has this NHS number and date of birth and
   * no account yet.
   *
   * @return true if linked
   */
  boolean linkByNhsNumber(String nhsNumber, LocalDate dateOfBirth, UUID accountId);
}
