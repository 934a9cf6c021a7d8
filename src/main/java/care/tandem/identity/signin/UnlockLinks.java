package care.tandem.identity.signin;

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
 * Single-use links that unlock sign-in for an account whose email address is being slowed. Only a
 * SHA-256 hash of each link's token is stored; a link works once, for {@code lifetime}, and an
 * account is sent at most one per {@code lifetime}. Opening the link shows a page with a button;
 * only pressing it (a POST) unlocks, so a mail scanner that follows links unlocks nothing.
 */
@Component
class UnlockLinks {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** A link made for an account, to send to its email address. */
  record Issued(UUID account, String email, String token) {}

  /** An account unlocked by a link, and the email address its sign-in attempts are counted by. */
  record Unlocked(UUID account, String email) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Duration lifetime;

  UnlockLinks(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${tandem.sign-in.unlock.link-lifetime:1h}") Duration lifetime) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }

  /**
   * A new link for the active account with this email address, unless it has none or was sent one
   * within the link lifetime.
   */
  @Transactional
  Optional<Issued> issue(String email, Clock clock) {
    Instant now = clock.instant();
    Optional<Account> account =
        jdbc.sql("select id, email from account where lower(email) = ? and active")
            .param(email)
            .query((rs, row) -> new Account(rs.getObject(1, UUID.class), rs.getString(2)))
            .optional();
    if (account.isEmpty()) {
      return Optional.empty();
    }
    UUID id = account.get().id();
    jdbc.sql("select pg_advisory_xact_lock(3, hashtext(?))")
        .param(id.toString())
        .query()
        .singleValue();
    boolean sentRecently =
        jdbc.sql("select count(*) from sign_in_unlock where account_id = ? and created_at > ?")
                .params(id, utc(now.minus(lifetime)))
                .query(Integer.class)
                .single()
            > 0;
    if (sentRecently) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            """
            insert into sign_in_unlock (token_hash, account_id, created_at, expires_at)
            values (?, ?, ?, ?)
            """)
        .params(hash(token), id, utc(now), utc(now.plus(lifetime)))
        .update();
    audit.record(
        AuditEvent.success(null, null, "sign-in.unlock-sent", Map.of("account", id.toString())));
    return Optional.of(new Issued(id, account.get().email(), token));
  }

  /** Whether this token is a link that would still unlock (for the page before the button). */
  boolean usable(@Nullable String token, Clock clock) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return false;
    }
    return jdbc.sql(
                """
                select count(*) from sign_in_unlock
                where token_hash = ? and used_at is null and expires_at > ?
                """)
            .params(hash(token), utc(clock.instant()))
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Uses up the link, if it still works, and says whose sign-in it unlocks. */
  @Transactional
  Optional<Unlocked> use(@Nullable String token, String address, Clock clock) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Unlocked> unlocked =
        jdbc.sql(
                """
                update sign_in_unlock u set used_at = ?
                from account a
                where u.token_hash = ? and u.used_at is null and u.expires_at > ?
                  and a.id = u.account_id and a.active
                returning a.id, lower(a.email)
                """)
            .params(utc(now), hash(token), utc(now))
            .query((rs, row) -> new Unlocked(rs.getObject(1, UUID.class), rs.getString(2)))
            .optional();
    unlocked.ifPresentOrElse(
        account ->
            audit.record(
                AuditEvent.success(
                    null,
                    null,
                    "sign-in.unlocked",
                    Map.of("account", account.account().toString(), "address", address))),
        () ->
            audit.record(
                AuditEvent.denied(
                    null, null, "sign-in.unlock-refused", Map.of("address", address))));
    return unlocked;
  }

  /** Links past their lifetime are no use; run hourly by {@link OldAttemptsJob}. */
  @Transactional
  void forgetOldLinks(Clock clock) {
    jdbc.sql("delete from sign_in_unlock where expires_at < ?")
        .param(utc(clock.instant().minus(ThrottleRules.MEMORY)))
        .update();
  }

  private record Account(UUID id, String email) {}

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
