package care.tandem.identity.signin;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in failures per email address (since its last success) and per network address over a
 * sliding window, and refuses further attempts past the limit. An attempt is stored as failed
 * before its password is checked, under a lock per email and per address, so even a burst of
 * parallel guesses gets at most the limit of password checks. Every attempt is audited.
 */
@Component
class SignInAttempts {

  private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Duration window;
  private final int maxFailuresPerEmail;
  private final int maxFailuresPerAddress;

  SignInAttempts(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${tandem.sign-in.throttle.window:15m}") Duration window,
      @Value("${tandem.sign-in.throttle.max-failures-per-email:5}") int maxFailuresPerEmail,
      @Value("${tandem.sign-in.throttle.max-failures-per-address:20}") int maxFailuresPerAddress) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.window = window;
    this.maxFailuresPerEmail = maxFailuresPerEmail;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
  }

  Duration window() {
    return window;
  }

  /**
   * Starts an attempt, or refuses it (recording and auditing the refusal) when there have been too
   * many failures.
   *
   * @return the attempt's id, or empty when throttled
   */
  @Transactional
  OptionalLong begin(String email, String address) {
    jdbc.sql("select pg_advisory_xact_lock(1, hashtext(?))").param(email).query().singleValue();
    jdbc.sql("select pg_advisory_xact_lock(2, hashtext(?))").param(address).query().singleValue();
    if (failuresForEmail(email) >= maxFailuresPerEmail
        || failuresFromAddress(address) >= maxFailuresPerAddress) {
      long id = insert(email, address, "THROTTLED");
      log.warn("Sign-in attempt {} throttled after repeated failures", id);
      audit.record(
          new AuditEvent(
              null,
              null,
              null,
              "sign-in.throttled",
              "denied",
              Map.of("email", email, "address", address)));
      return OptionalLong.empty();
    }
    return OptionalLong.of(insert(email, address, "FAILED"));
  }

  @Transactional
  void succeeded(long attempt, TandemUser user, String address) {
    jdbc.sql("update sign_in_attempt set outcome = 'SUCCEEDED' where id = ?")
        .param(attempt)
        .update();
    audit.record(
        AuditEvent.success(
            user.accountId(), user.role().name(), "sign-in.succeeded", Map.of("address", address)));
  }

  @Transactional
  void failed(String email, String address) {
    log.info("Sign-in failed");
    audit.record(
        AuditEvent.failure(
            null, null, "sign-in.failed", Map.of("email", email, "address", address)));
  }

  /** Attempts older than a day are no use to the throttle; run hourly by {@link OldAttemptsJob}. */
  @Transactional
  void forgetOldAttempts() {
    jdbc.sql("delete from sign_in_attempt where attempted_at < now() - interval '1 day'").update();
  }

  private int failuresForEmail(String email) {
    return jdbc.sql(
            """
            select count(*) from sign_in_attempt
            where email = ? and outcome = 'FAILED'
              and attempted_at > now() - cast(? as interval)
              and attempted_at > coalesce((select max(attempted_at) from sign_in_attempt
                                           where email = ? and outcome = 'SUCCEEDED'), '-infinity')
            """)
        .params(email, window.toSeconds() + " seconds", email)
        .query(Integer.class)
        .single();
  }

  private int failuresFromAddress(String address) {
    return jdbc.sql(
            """
            select count(*) from sign_in_attempt
            where address = ? and outcome = 'FAILED' and attempted_at > now() - cast(? as interval)
            """)
        .params(address, window.toSeconds() + " seconds")
        .query(Integer.class)
        .single();
  }

  private long insert(String email, String address, String outcome) {
    return jdbc.sql(
            """
            insert into sign_in_attempt (email, address, outcome, attempted_at)
            values (?, ?, ?, clock_timestamp()) returning id
            """)
        .params(email, address, outcome)
        .query(Long.class)
        .single();
  }
}
