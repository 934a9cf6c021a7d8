package care.tandem.identity.signin;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every sign-in attempt and applies {@link ThrottleRules} to the next one. An attempt is
 * stored as failed before its password is checked, under a lock per email and per network address,
 * so even a burst of parallel guesses gets no more password checks than the rules allow. An attempt
 * from a known device is stored with its device id: its failures count against that device only.
 * Every attempt is audited (the email typed, never the password; nothing of either in the log).
 */
@Component
class SignInAttempts {

  private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

  /** Why an attempt was refused without checking its password. */
  enum Reason {
    EMAIL,
    ADDRESS
  }

  /** What the throttle decided about one attempt. */
  sealed interface Decision {}

  /** Go ahead and check the password; {@code attempt} is the stored attempt. */
  record Allowed(long attempt) implements Decision {}

  /** Refused until then, without checking the password. */
  record Refused(Instant until, Reason reason) implements Decision {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ThrottleRules rules;
  private final Clock clock;

  SignInAttempts(JdbcClient jdbc, AuditLog audit, ThrottleRules rules) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.rules = rules;
    this.clock = Clock.systemUTC();
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Starts an attempt, or refuses it (recording and auditing the refusal).
   *
   * @param device the id of the known device the attempt came from, for this email's account, or
   *     null
   */
  @Transactional
  Decision begin(String email, String address, @Nullable String device) {
    jdbc.sql("select pg_advisory_xact_lock(1, hashtext(?))").param(email).query().singleValue();
    jdbc.sql("select pg_advisory_xact_lock(2, hashtext(?))").param(address).query().singleValue();
    Instant now = clock.instant();
    if (device != null && rules.deviceTrusted(deviceFailures(email, device, now))) {
      return new Allowed(insert(email, address, "FAILED", device, now));
    }
    Optional<Refused> refused =
        rules
            .emailRefusedUntil(emailFailures(email, now), lastEmailFailure(email, now), now)
            .map(until -> new Refused(until, Reason.EMAIL))
            .or(
                () ->
                    rules
                        .addressRefusedUntil(
                            failingAccounts(address, now), lastAddressFailure(address, now), now)
                        .map(until -> new Refused(until, Reason.ADDRESS)));
    if (refused.isPresent()) {
      long id = insert(email, address, "THROTTLED", null, now);
      log.warn("Sign-in attempt {} throttled ({})", id, refused.get().reason());
      Map<String, String> details = new LinkedHashMap<>();
      details.put("email", email);
      details.put("address", address);
      details.put("reason", refused.get().reason().name().toLowerCase(Locale.ROOT));
      details.put("until", refused.get().until().toString());
      audit.record(new AuditEvent(null, null, null, "sign-in.throttled", "denied", details));
      return refused.get();
    }
    return new Allowed(insert(email, address, "FAILED", null, now));
  }

  @Transactional
  void succeeded(long attempt, TandemUser user, String address, boolean knownDevice) {
    jdbc.sql("update sign_in_attempt set outcome = 'SUCCEEDED' where id = ?")
        .param(attempt)
        .update();
    audit.record(
        AuditEvent.success(
            user.accountId(),
            user.role().name(),
            "sign-in.succeeded",
            Map.of("address", address, "device", knownDevice ? "known" : "new")));
  }

  @Transactional
  void failed(String email, String address, boolean knownDevice) {
    log.info("Sign-in failed");
    audit.record(
        AuditEvent.failure(
            null,
            null,
            "sign-in.failed",
            Map.of("email", email, "address", address, "device", knownDevice ? "known" : "new")));
  }

  /**
   * Starts the count for this email again, as if it had just signed in: its owner proved they hold
   * the mailbox with an unlock link.
   */
  @Transactional
  void unlocked(String email, String address) {
    insert(email, address, "UNLOCKED", null, clock.instant());
  }

  /** Attempts older than a day are no use to the throttle; run hourly by {@link OldAttemptsJob}. */
  @Transactional
  void forgetOldAttempts() {
    jdbc.sql("delete from sign_in_attempt where attempted_at < ?")
        .param(utc(clock.instant().minus(ThrottleRules.MEMORY)))
        .update();
  }

  /** Failures from unknown devices since the last such success or an unlock, within a day. */
  private int emailFailures(String email, Instant now) {
    return jdbc.sql(
            "select count(*) from sign_in_attempt where email = ? and device is null"
                + " and outcome = 'FAILED' and attempted_at > "
                + emailCountFrom())
        .params(email, utc(now.minus(ThrottleRules.MEMORY)), email)
        .query(Integer.class)
        .single();
  }

  private @Nullable Instant lastEmailFailure(String email, Instant now) {
    return jdbc
        .sql(
            "select max(attempted_at) from sign_in_attempt where email = ? and device is null"
                + " and outcome = 'FAILED' and attempted_at > "
                + emailCountFrom())
        .params(email, utc(now.minus(ThrottleRules.MEMORY)), email)
        .query(OffsetDateTime.class)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .map(OffsetDateTime::toInstant)
        .findFirst()
        .orElse(null);
  }

  private static String emailCountFrom() {
    return """
        greatest(?, coalesce((select max(attempted_at) from sign_in_attempt
                              where email = ? and device is null
                                and outcome in ('SUCCEEDED', 'UNLOCKED')), '-infinity'))
        """;
  }

  private int deviceFailures(String email, String device, Instant now) {
    return jdbc.sql(
            """
            select count(*) from sign_in_attempt
            where email = ? and device = ? and outcome = 'FAILED'
              and attempted_at > greatest(?, coalesce(
                  (select max(attempted_at) from sign_in_attempt
                   where email = ? and device = ? and outcome = 'SUCCEEDED'), '-infinity'))
            """)
        .params(email, device, utc(now.minus(ThrottleRules.MEMORY)), email, device)
        .query(Integer.class)
        .single();
  }

  private int failingAccounts(String address, Instant now) {
    return jdbc.sql(
            """
            select count(distinct email) from sign_in_attempt
            where address = ? and device is null and outcome = 'FAILED' and attempted_at > ?
            """)
        .params(address, utc(now.minus(rules.addressWindow())))
        .query(Integer.class)
        .single();
  }

  private @Nullable Instant lastAddressFailure(String address, Instant now) {
    return jdbc
        .sql(
            """
            select max(attempted_at) from sign_in_attempt
            where address = ? and device is null and outcome = 'FAILED' and attempted_at > ?
            """)
        .params(address, utc(now.minus(rules.addressWindow())))
        .query(OffsetDateTime.class)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .map(OffsetDateTime::toInstant)
        .findFirst()
        .orElse(null);
  }

  private long insert(
      String email, String address, String outcome, @Nullable String device, Instant at) {
    return jdbc.sql(
            """
            insert into sign_in_attempt (email, address, outcome, device, attempted_at)
            values (?, ?, ?, cast(? as text), ?) returning id
            """)
        .params(email, address, outcome, device, utc(at))
        .query(Long.class)
        .single();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
