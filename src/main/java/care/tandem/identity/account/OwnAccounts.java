package care.tandem.identity.account;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts people make for themselves when they join their care record: role PATIENT, a password
 * they chose (so no change at first sign-in). Audited with the new account as the actor.
 */
@Service
public class OwnAccounts {

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final AuditLog audit;

  OwnAccounts(
      AccountRepository repository,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      AuditLog audit) {
    this.repository = repository;
    this.passwords = passwords;
    this.policy = policy;
    this.audit = audit;
  }

  /**
   * Makes the account, once per idempotency key: a repeated submit returns the first account.
   *
   * @throws EmailTakenException if another account has this email address
   * @throws IllegalArgumentException if the password breaks the policy
   */
  @Transactional
  public UUID createPatient(String email, String displayName, String password, UUID key) {
    Optional<UUID> earlier = repository.findByIdempotencyKey(key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (policy.problemWith(password, email).isPresent()) {
      throw new IllegalArgumentException("Password refused by the policy");
    }
    UUID id = UUID.randomUUID();
    AccountDetails details =
        new AccountDetails(displayName, Role.PATIENT, null, Set.of(), Set.of());
    if (repository.emailTaken(email)
        || !repository.insert(id, email, details, passwords.encode(password), false, false, key)) {
      return repository.findByIdempotencyKey(key).orElseThrow(EmailTakenException::new);
    }
    audit.record(
        AuditEvent.success(
            id,
            Role.PATIENT.name(),
            "account.created",
            Map.of("account", id.toString(), "role", "PATIENT", "via", "joining")));
    return id;
  }
}
