package care.tandem.identity.twofactor;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Actor;
import care.tandem.identity.account.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in for local accounts: whether an account has it or must set it up, turning it on
 * with a first right code, checking the code at sign-in (throttled, each time step accepted once,
 * each recovery code once), and turning it off. Every step is audited by account id only.
 */
@Service
public class TwoFactor {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String DIGITS = "\\d{6}";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final boolean requiredForAdmins;
  private final Set<String> exempt;
  private final int maxFailures;
  private final Duration window;

  TwoFactor(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${tandem.two-factor.required-for-admins:true}") boolean requiredForAdmins,
      @Value("${tandem.two-factor.exempt-emails:}") List<String> exempt,
      @Value("${tandem.two-factor.max-failures:5}") int maxFailures,
      @Value("${tandem.two-factor.window:15m}") Duration window) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.requiredForAdmins = requiredForAdmins;
    this.exempt =
        exempt.stream()
            .map(email -> email.strip().toLowerCase(Locale.ROOT))
            .filter(email -> !email.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Minutes someone waits after too many wrong codes. */
  public long waitMinutes() {
    return window.toMinutes();
  }

  @Transactional(readOnly = true)
  public boolean enabled(UUID account) {
    return jdbc.sql("select count(*) from two_factor where account_id = ?")
            .param(account)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Whether this account must set up two-factor before it may do anything else (admins). */
  @Transactional(readOnly = true)
  public boolean mustSetUp(UUID account, Role role) {
    return requiredFor(account, role) && !enabled(account);
  }

  /** Whether this account may not be without two-factor (admins, unless exempt by property). */
  @Transactional(readOnly = true)
  public boolean requiredFor(UUID account, Role role) {
    if (!requiredForAdmins || role != Role.ADMIN) {
      return false;
    }
    String email =
        jdbc.sql("select lower(email) from account where id = ?")
            .param(account)
            .query(String.class)
            .optional()
            .orElse("");
    return !exempt.contains(email);
  }

  /** A new random secret (160 bits, as RFC 4226 recommends), in base 32 for the app. */
  public static String newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  /**
   * Turns two-factor on with this secret if {@code code} is the app's code for it now.
   *
   * @return the new recovery codes (to show once), or empty if the code is not right or two-factor
   *     is already on (a second submit)
   */
  @Transactional
  public Optional<List<String>> enable(Actor actor, String secret, String code, Clock clock) {
    lock(actor.accountId());
    if (enabled(actor.accountId())) {
      return Optional.empty();
    }
    long step = Totp.matchingStep(Base32.decode(secret), code.strip(), clock.instant());
    if (step < 0) {
      audit.record(
          AuditEvent.failure(
              actor.accountId(), actor.role(), "two-factor.set-up-failed", Map.of()));
      return Optional.empty();
    }
    jdbc.sql(
            "insert into two_factor (account_id, secret, last_step, enabled_at) values (?, ?, ?, ?)")
        .params(actor.accountId(), secret, step, clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    List<String> codes = RecoveryCodes.generate();
    for (String recovery : codes) {
      jdbc.sql("insert into two_factor_recovery_code (code_hash, account_id) values (?, ?)")
          .params(RecoveryCodes.hash(recovery), actor.accountId())
          .update();
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "two-factor.enabled",
            Map.of("account", actor.accountId().toString())));
    return Optional.of(codes);
  }

  /**
   * Checks a code typed at sign-in: the app's 6-digit code (this time step or one either side, and
   * never a step already accepted) or an unused recovery code, which is then used up. After {@code
   * max-failures} wrong codes within the window, nothing is checked until it passes.
   */
  @Transactional
  public CodeCheck check(Actor actor, String typed, Clock clock) {
    UUID account = actor.accountId();
    lock(account);
    if (recentFailures(account) >= maxFailures) {
      attempt(account, "THROTTLED");
      audit.record(AuditEvent.denied(account, actor.role(), "two-factor.throttled", Map.of()));
      return CodeCheck.TOO_MANY_TRIES;
    }
    CodeCheck result = compare(account, typed.strip(), clock);
    attempt(account, result == CodeCheck.RIGHT ? "SUCCEEDED" : "FAILED");
    if (result == CodeCheck.RIGHT) {
      audit.record(AuditEvent.success(account, actor.role(), "two-factor.passed", Map.of()));
    } else {
      audit.record(
          AuditEvent.failure(
              account,
              actor.role(),
              "two-factor.failed",
              Map.of("reason", result == CodeCheck.ALREADY_USED ? "reused" : "wrong")));
    }
    return result;
  }

  /** Counts a wrong password typed to turn two-factor off, under the same throttle as codes. */
  @Transactional
  public boolean mayTryPassword(Actor actor) {
    lock(actor.accountId());
    if (recentFailures(actor.accountId()) >= maxFailures) {
      attempt(actor.accountId(), "THROTTLED");
      audit.record(
          AuditEvent.denied(actor.accountId(), actor.role(), "two-factor.throttled", Map.of()));
      return false;
    }
    return true;
  }

  @Transactional
  public void passwordWrong(Actor actor) {
    attempt(actor.accountId(), "FAILED");
    audit.record(
        AuditEvent.failure(
            actor.accountId(), actor.role(), "two-factor.turn-off-failed", Map.of()));
  }

  /** Turns two-factor off for the account holder (after their password) or by an admin. */
  @Transactional
  public void turnOff(UUID account, Actor actor) {
    jdbc.sql("delete from two_factor where account_id = ?").param(account).update();
    jdbc.sql("delete from two_factor_recovery_code where account_id = ?").param(account).update();
    boolean own = account.equals(actor.accountId());
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            own ? "two-factor.turned-off" : "two-factor.reset",
            Map.of("account", account.toString())));
  }

  @Transactional(readOnly = true)
  public int recoveryCodesLeft(UUID account) {
    return jdbc.sql(
            "select count(*) from two_factor_recovery_code where account_id = ? and used_at is null")
        .param(account)
        .query(Integer.class)
        .single();
  }

  /** Attempts older than a day are no use to the throttle. */
  @Transactional
  public void forgetOldAttempts() {
    jdbc.sql("delete from two_factor_attempt where attempted_at < now() - interval '1 day'")
        .update();
  }

  private CodeCheck compare(UUID account, String typed, Clock clock) {
    if (typed.matches(DIGITS)) {
      Optional<Stored> stored =
          jdbc.sql("select secret, last_step from two_factor where account_id = ?")
              .param(account)
              .query((rs, row) -> new Stored(rs.getString(1), rs.getLong(2)))
              .optional();
      if (stored.isEmpty()) {
        return CodeCheck.WRONG;
      }
      long step = Totp.matchingStep(Base32.decode(stored.get().secret()), typed, clock.instant());
      if (step < 0) {
        return CodeCheck.WRONG;
      }
      if (step <= stored.get().lastStep()) {
        return CodeCheck.ALREADY_USED;
      }
      jdbc.sql("update two_factor set last_step = ? where account_id = ?")
          .params(step, account)
          .update();
      return CodeCheck.RIGHT;
    }
    if (typed.length() > 40) {
      return CodeCheck.WRONG;
    }
    int used =
        jdbc.sql(
                """
                update two_factor_recovery_code set used_at = now()
                where code_hash = ? and account_id = ? and used_at is null
                """)
            .params(RecoveryCodes.hash(typed), account)
            .update();
    return used == 1 ? CodeCheck.RIGHT : CodeCheck.WRONG;
  }

  private int recentFailures(UUID account) {
    return jdbc.sql(
            """
            select count(*) from two_factor_attempt
            where account_id = ? and outcome = 'FAILED'
              and attempted_at > now() - cast(? as interval)
              and attempted_at > coalesce((select max(attempted_at) from two_factor_attempt
                                           where account_id = ? and outcome = 'SUCCEEDED'),
                                          '-infinity')
            """)
        .params(account, window.toSeconds() + " seconds", account)
        .query(Integer.class)
        .single();
  }

  private void attempt(UUID account, String outcome) {
    jdbc.sql(
            """
            insert into two_factor_attempt (account_id, outcome, attempted_at)
            values (?, ?, clock_timestamp())
            """)
        .params(account, outcome)
        .update();
  }

  private void lock(UUID account) {
    jdbc.sql("select pg_advisory_xact_lock(13, hashtext(?))")
        .param(account.toString())
        .query()
        .singleValue();
  }

  private record Stored(String secret, long lastStep) {}
}
