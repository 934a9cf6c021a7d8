package care.tandem.identity.account;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Actor;
import care.tandem.identity.Created;
import care.tandem.identity.StaleEditException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to accounts: create, change role or memberships, deactivate, reactivate and
 * reset a password ({@link OwnPasswords} holds what account holders do to their own). Each change
 * is audited in its own transaction, and a change to what an account may do ends its sessions so it
 * takes effect at once.
 */
@Service
public class Accounts {

  public static final int SEARCH_LIMIT = 50;

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final AccountSessions sessions;
  private final AuditLog audit;

  Accounts(
      AccountRepository repository,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      AccountSessions sessions,
      AuditLog audit) {
    this.repository = repository;
    this.passwords = passwords;
    this.policy = policy;
    this.sessions = sessions;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<Account> find(UUID id) {
    return repository.findById(id);
  }

  /** Control characters are dropped: nobody types them, and PostgreSQL cannot compare a NUL. */
  @Transactional(readOnly = true)
  public List<Account> search(String text) {
    return repository.search(text.replaceAll("\\p{Cntrl}", "").strip(), SEARCH_LIMIT);
  }

  /**
   * Creates an account with a temporary password the person must change when they first sign in.
   * Once per idempotency key: a repeated submit returns the first account.
   */
  @Transactional
  public Created create(
      String email,
      AccountDetails details,
      String temporaryPassword,
      UUID idempotencyKey,
      Actor actor) {
    Optional<UUID> earlier = repository.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), false);
    }
    policy.require(temporaryPassword, email);
    UUID id = UUID.randomUUID();
    // A simultaneous submit of the same form may have just added it: that is not a clash.
    if (repository.emailTaken(email)
        || !repository.insert(
            id, email, details, passwords.encode(temporaryPassword), true, false, idempotencyKey)) {
      return repository
          .findByIdempotencyKey(idempotencyKey)
          .map(existing -> new Created(existing, false))
          .orElseThrow(EmailTakenException::new);
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "account.created",
            Map.of(
                "account", id.toString(),
                "email", email,
                "role", roleText(details))));
    return new Created(id, true);
  }

  /**
   * An administrator made with the create-admin command, typically the first one of a new
   * installation. They chose the password themselves, so it need not be changed at sign-in. Audited
   * with no actor, since nobody is signed in.
   *
   * @throws EmailTakenException if an account already has this email address
   */
  @Transactional
  public UUID createAdministrator(String email, String displayName, String password) {
    UUID id = withOwnPassword(email, displayName, Role.ADMIN, password);
    audit.record(
        AuditEvent.success(
            null, null, "account.created", Map.of("account", id.toString(), "via", "command")));
    return id;
  }

  /**
   * An account for someone a person asked to help them (role {@code CARER}), made by the helper
   * from the person's invitation with a password they chose. Audited with the new account as the
   * actor.
   *
   * @throws EmailTakenException if an account already has this email address
   */
  @Transactional
  public UUID createCarer(String email, String displayName, String password) {
    UUID id = withOwnPassword(email, displayName, Role.CARER, password);
    audit.record(
        AuditEvent.success(
            id,
            Role.CARER.name(),
            "account.created",
            Map.of("account", id.toString(), "via", "carer-invitation")));
    return id;
  }

  /** Changes name, role, discipline and memberships if nobody else has changed them since. */
  @Transactional
  public void changeDetails(UUID id, int version, AccountDetails details, Actor actor) {
    Account before =
        repository.findById(id).orElseThrow(() -> new StaleEditException("This account"));
    if (before.role() == Role.ADMIN
        && details.role() != Role.ADMIN
        && before.active()
        && repository.countActiveAdminsOtherThan(id) == 0) {
      throw new AccountChangeRefusedException(
          "This is the only active administrator. Make someone else an administrator first");
    }
    if (!repository.updateDetails(id, version, details)) {
      throw new StaleEditException("This account");
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(), actor.role(), "account.changed", Map.of("account", id.toString())));
    boolean roleChanged =
        before.role() != details.role()
            || !Objects.equals(before.discipline(), details.discipline());
    if (roleChanged) {
      audit.record(
          AuditEvent.success(
              actor.accountId(),
              actor.role(),
              "account.role-changed",
              Map.of(
                  "account", id.toString(),
                  "from", roleText(before.role(), before.discipline()),
                  "to", roleText(details))));
      sessions.endAll(id, null);
    }
  }

  @Transactional
  public void deactivate(UUID id, int version, Actor actor) {
    if (id.equals(actor.accountId())) {
      throw new AccountChangeRefusedException("You cannot deactivate your own account");
    }
    Account account =
        repository.findById(id).orElseThrow(() -> new StaleEditException("This account"));
    if (account.role() == Role.ADMIN && repository.countActiveAdminsOtherThan(id) == 0) {
      throw new AccountChangeRefusedException(
          "This is the only active administrator. Make someone else an administrator first");
    }
    if (!repository.updateActive(id, version, false)) {
      throw new StaleEditException("This account");
    }
    sessions.endAll(id, null);
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "account.deactivated",
            Map.of("account", id.toString())));
  }

  @Transactional
  public void reactivate(UUID id, int version, Actor actor) {
    if (!repository.updateActive(id, version, true)) {
      throw new StaleEditException("This account");
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "account.reactivated",
            Map.of("account", id.toString())));
  }

  /** Sets a temporary password the person must change at their next sign-in. */
  @Transactional
  public void resetPassword(UUID id, String temporaryPassword, Actor actor) {
    Account account = repository.findById(id).orElseThrow();
    policy.require(temporaryPassword, account.email());
    repository.updatePassword(id, passwords.encode(temporaryPassword), true);
    sessions.endAll(id, null);
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "account.password-reset",
            Map.of("account", id.toString())));
  }

  /** An account with no memberships and a password its owner chose (so need not change). */
  private UUID withOwnPassword(String email, String displayName, Role role, String password) {
    policy.require(password, email);
    UUID id = UUID.randomUUID();
    AccountDetails details = new AccountDetails(displayName, role, null, Set.of(), Set.of());
    if (repository.emailTaken(email)
        || !repository.insert(id, email, details, passwords.encode(password), false, false, null)) {
      throw new EmailTakenException();
    }
    return id;
  }

  private static String roleText(AccountDetails details) {
    return roleText(details.role(), details.discipline());
  }

  private static String roleText(
      Role role, @org.jspecify.annotations.Nullable Discipline discipline) {
    return discipline == null ? role.name() : role.name() + "/" + discipline.name();
  }
}
