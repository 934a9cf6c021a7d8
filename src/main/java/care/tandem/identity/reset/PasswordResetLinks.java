package care.tandem.identity.reset;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use password reset links. Only a SHA-256 hash of each token is stored; a link works once,
 * for {@code lifetime} (30 minutes), and an account is sent at most {@code per-hour} links an hour.
 * Only active accounts with a password get one (an account that signs in with NHS login has none).
 */
@Component
class PasswordResetLinks {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** A link made for an account, to send to its email address. */
  record Issued(UUID account, String email, String token) {}

  /** The account a working link is for. */
  record Holder(UUID account, String email) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Duration lifetime;
  private final int perHour;

  PasswordResetLinks(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${tandem.password-reset.link-lifetime:30m}") Duration lifetime,
      @Value("${tandem.password-reset.links-per-hour:3}") int perHour) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.lifetime = lifetime;
    this.perHour = perHour;
  }

  Duration lifetime() {
    return lifetime;
  }

  /** A new link for the account with this email address, if it has one and is due one. */
  @Transactional
  Optional<Issued> issue(String email, Clock clock) {
    Instant now = clock.instant();
    Optional<Holder> account =
        jdbc.sql(
                """
                select id, email from account
                where lower(email) = lower(?) and active and password_hash is not null
                """)
            .param(email)
            .query((rs, row) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2)))
            .optional();
    if (account.isEmpty()) {
      return Optional.empty();
    }
    UUID id = account.get().account();
    jdbc.sql("select pg_advisory_xact_lock(14, hashtext(?))")
        .param(id.toString())
        .query()
        .singleValue();
    int sent =
        jdbc.sql("select count(*) from password_reset where account_id = ? and created_at > ?")
            .params(id, utc(now.minus(Duration.ofHours(1))))
            .query(Integer.class)
            .single();
    if (sent >= perHour) {
      audit.record(
          AuditEvent.denied(
              null, null, "password-reset.not-sent", Map.of("account", id.toString())));
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            """
            insert into password_reset (token_hash, account_id, created_at, expires_at)
            values (?, ?, ?, ?)
            """)
        .params(hash(token), id, utc(now), utc(now.plus(lifetime)))
        .update();
    audit.record(
        AuditEvent.success(null, null, "password-reset.sent", Map.of("account", id.toString())));
    return Optional.of(new Issued(id, account.get().email(), token));
  }

  /** The account this link would reset, while it still works. */
  @Transactional(readOnly = true)
  Optional<Holder> holder(@Nullable String token, Clock clock) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select a.id, a.email from password_reset r join account a on a.id = r.account_id
            where r.token_hash = ? and r.used_at is null and r.expires_at > ? and a.active
            """)
        .params(hash(token), utc(clock.instant()))
        .query((rs, row) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2)))
        .optional();
  }

  /**
   * Uses up the link if it still works, with every other unused link of its account, and says whose
   * it was. Runs in the caller's transaction, so it is used only if the password changes.
   */
  @Transactional
  Optional<UUID> use(String token, Clock clock) {
    Instant now = clock.instant();
    Optional<UUID> account =
        jdbc.sql(
                """
                update password_reset set used_at = ?
                where token_hash = ? and used_at is null and expires_at > ?
                returning account_id
                """)
            .params(utc(now), hash(token), utc(now))
            .query(UUID.class)
            .optional();
    account.ifPresent(
        id ->
            jdbc.sql(
                    "update password_reset set used_at = ? where account_id = ? and used_at is null")
                .params(utc(now), id)
                .update());
    return account;
  }

  /** Links past their lifetime and requests older than a day are no use. */
  @Transactional
  void forgetOld(Clock clock) {
    OffsetDateTime dayAgo = utc(clock.instant().minus(Duration.ofDays(1)));
    jdbc.sql("delete from password_reset where expires_at < ?").param(dayAgo).update();
    jdbc.sql("delete from password_reset_request where requested_at < ?").param(dayAgo).update();
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
