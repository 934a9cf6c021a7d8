package care.tandem.identity.signin;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.account.OwnPasswords;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in person changing their own password, with their current password checked under the
 * same throttle as sign-in: after 5 wrong ones (since the last right one) within 15 minutes,
 * further tries are refused and audited without a check. Each check is stored as failed, and
 * committed, before the password is compared, under a lock per account, so parallel guesses get no
 * more.
 */
@Component
class OwnPasswordChange {

  enum Result {
    CHANGED,
    NOT_RIGHT,
    TOO_MANY_TRIES
  }

  private static final Logger log = LoggerFactory.getLogger(OwnPasswordChange.class);

  private final OwnPasswords ownPasswords;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Duration window;
  private final int maxFailures;

  OwnPasswordChange(
      OwnPasswords ownPasswords,
      JdbcClient jdbc,
      AuditLog audit,
      TransactionTemplate transaction,
      @Value("${tandem.sign-in.throttle.window:15m}") Duration window,
      @Value("${tandem.sign-in.throttle.max-failures-per-email:5}") int maxFailures) {
    this.ownPasswords = ownPasswords;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = transaction;
    this.window = window;
    this.maxFailures = maxFailures;
  }

  Duration window() {
    return window;
  }

  Result change(TandemUser user, String currentPassword, String newPassword, String session) {
    OptionalLong attempt = Objects.requireNonNull(transaction.execute(status -> begin(user)));
    if (attempt.isEmpty()) {
      return Result.TOO_MANY_TRIES;
    }
    return transaction.execute(
        status -> {
          if (!ownPasswords.change(user.accountId(), currentPassword, newPassword, session)) {
            return Result.NOT_RIGHT;
          }
          jdbc.sql("update password_check_attempt set outcome = 'SUCCEEDED' where id = ?")
              .param(attempt.getAsLong())
              .update();
          return Result.CHANGED;
        });
  }

  /** Attempts older than a day are no use to the throttle; run hourly by {@link OldAttemptsJob}. */
  @Transactional
  void forgetOldAttempts() {
    jdbc.sql("delete from password_check_attempt where attempted_at < now() - interval '1 day'")
        .update();
  }

  private OptionalLong begin(TandemUser user) {
    jdbc.sql("select pg_advisory_xact_lock(3, hashtext(?))")
        .param(user.accountId().toString())
        .query()
        .singleValue();
    if (recentFailures(user) >= maxFailures) {
      insert(user, "THROTTLED");
      log.warn("Password change by account {} refused after repeated failures", user.accountId());
      audit.record(
          AuditEvent.denied(
              user.accountId(), user.role().name(), "account.password-change-throttled", Map.of()));
      return OptionalLong.empty();
    }
    return OptionalLong.of(insert(user, "FAILED"));
  }

  private int recentFailures(TandemUser user) {
    return jdbc.sql(
            """
            select count(*) from password_check_attempt
            where account_id = ? and outcome = 'FAILED'
              and attempted_at > now() - cast(? as interval)
              and attempted_at > coalesce((select max(attempted_at) from password_check_attempt
                                           where account_id = ? and outcome = 'SUCCEEDED'),
                                          '-infinity')
            """)
        .params(user.accountId(), window.toSeconds() + " seconds", user.accountId())
        .query(Integer.class)
        .single();
  }

  private long insert(TandemUser user, String outcome) {
    return jdbc.sql(
            """
            insert into password_check_attempt (account_id, outcome, attempted_at)
            values (?, ?, clock_timestamp()) returning id
            """)
        .params(user.accountId(), outcome)
        .query(Long.class)
        .single();
  }
}
