package care.tandem.care;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The part of {@link CareAccess}'s decision for carers and others helping a person (issue 13): a
 * helper is let in only with the person's current consent, and only for the actions their
 * permissions name ({@link HelperPermission}). Read on every request, so a withdrawal takes effect
 * at once.
 */
@Component
class CarerAccess {

  private final HelperConsents consents;

  CarerAccess(HelperConsents consents) {
    this.consents = consents;
  }

  /** {@code CARER} when the account's consent from the person allows the action, else empty. */
  Optional<RecordAccess.Basis> basis(UUID person, UUID account, String action, boolean change) {
    return consents
        .current(person, account)
        .filter(helper -> HelperPermission.anyAllows(helper.permissions(), action, change))
        .map(helper -> RecordAccess.Basis.CARER);
  }
}
