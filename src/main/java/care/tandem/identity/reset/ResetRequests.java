package care.tandem.identity.reset;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a reset link, counted by network address: one address asking for links for many
 * email addresses is slowed. Nothing here depends on whether an address has an account, so the
 * answer reveals nothing about accounts.
 */
@Component
class ResetRequests {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final int perAddress;
  private final Duration window;

  ResetRequests(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${tandem.password-reset.requests-per-address:10}") int perAddress,
      @Value("${tandem.password-reset.window:15m}") Duration window) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.perAddress = perAddress;
    this.window = window;
  }

  Duration window() {
    return window;
  }

  /** Records a request from this address, unless it has made too many lately. */
  @Transactional
  boolean allow(String address, Clock clock) {
    Instant now = clock.instant();
    jdbc.sql("select pg_advisory_xact_lock(15, hashtext(?))").param(address).query().singleValue();
    int recent =
        jdbc.sql(
                "select count(*) from password_reset_request where address = ? and requested_at > ?")
            .params(address, PasswordResetLinks.utc(now.minus(window)))
            .query(Integer.class)
            .single();
    if (recent >= perAddress) {
      audit.record(
          AuditEvent.denied(null, null, "password-reset.throttled", Map.of("address", address)));
      return false;
    }
    jdbc.sql("insert into password_reset_request (address, requested_at) values (?, ?)")
        .params(address, PasswordResetLinks.utc(now))
        .update();
    audit.record(
        AuditEvent.success(null, null, "password-reset.requested", Map.of("address", address)));
    return true;
  }
}
