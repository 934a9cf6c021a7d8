package care.tandem.care.carers;

import static care.tandem.care.carers.CarerInvitationRows.codes;
import static care.tandem.care.carers.CarerInvitationRows.hash;
import static care.tandem.care.carers.CarerInvitationRows.instant;
import static care.tandem.care.carers.CarerInvitationRows.invitation;
import static care.tandem.care.carers.CarerInvitationRows.utc;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.RecordAccess;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's invitations to someone who helps them: a single-use e-mailed link (only a SHA-256
 * hash of its token is stored), for {@code lifetime} (14 days by default), which the person can
 * withdraw before it is used. Accepting it records the person's consent ({@link Helpers#give}).
 */
@Component
class CarerInvitations {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** What the person asked for. */
  record Request(
      String name, String relationship, String email, Set<HelperPermission> permissions) {}

  /** A new invitation and its token, to e-mail; {@code token} is null for a repeated submit. */
  record Issued(UUID id, String email, String name, @Nullable String token) {}

  /** An invitation as the helper and the person see it. */
  record Invitation(
      UUID id,
      UUID person,
      String name,
      String relationship,
      String email,
      Set<HelperPermission> permissions,
      UUID invitedBy,
      Instant expiresAt) {}

  /** Why a link does not work, as an audit code. */
  enum Refusal {
    UNKNOWN,
    USED,
    EXPIRED,
    WITHDRAWN
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Helpers helpers;
  private final Duration lifetime;

  CarerInvitations(
      JdbcClient jdbc,
      AuditLog audit,
      Helpers helpers,
      @Value("${tandem.carers.invitation-lifetime:14d}") Duration lifetime) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.helpers = helpers;
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }

  /** The person invites a helper; once per idempotency key. */
  @Transactional
  Issued invite(RecordAccess access, Request request, UUID idempotencyKey) {
    if (!access.isThePerson()) {
      throw new ActionNotAllowedException("Only the person can invite someone to help them");
    }
    Optional<Issued> earlier =
        jdbc.sql(
                "select id, email, name from carer_invitation where idempotency_key = ?"
                    + " and person_id = ?")
            .params(idempotencyKey, access.person())
            .query(
                (rs, row) ->
                    new Issued(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), null))
            .optional();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    int stored =
        jdbc.sql(
                """
                insert into carer_invitation (id, person_id, token_hash, name, relationship, email,
                  may_read_plan, may_converse, may_see_results, may_help_answer, invited_by,
                  idempotency_key, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing
                """)
            .params(
                id,
                access.person(),
                hash(token),
                request.name(),
                request.relationship(),
                request.email(),
                request.permissions().contains(HelperPermission.READ_PLAN),
                request.permissions().contains(HelperPermission.CONVERSATION),
                request.permissions().contains(HelperPermission.SEE_RESULTS),
                request.permissions().contains(HelperPermission.HELP_ANSWER),
                access.account(),
                idempotencyKey,
                utc(now),
                utc(now.plus(lifetime)))
            .update();
    if (stored == 0) {
      // A simultaneous submit of the same form stored it first; a key from anyone else's form is
      // refused rather than looked up again.
      return jdbc.sql(
              "select id, email, name from carer_invitation where idempotency_key = ?"
                  + " and person_id = ?")
          .params(idempotencyKey, access.person())
          .query(
              (rs, row) ->
                  new Issued(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), null))
          .optional()
          .orElseThrow(() -> new ActionNotAllowedException("This form was already used"));
    }
    audit.record(
        AuditEvent.success(
                access.account(),
                access.role(),
                "carer.invited",
                Map.of("invitation", id.toString(), "permissions", codes(request.permissions())))
            .about(access.person()));
    return new Issued(id, request.email(), request.name(), token);
  }

  /** The person's invitations not yet used, withdrawn or expired. */
  @Transactional(readOnly = true)
  List<Invitation> pending(RecordAccess access) {
    return jdbc.sql(
            SELECT
                + " where person_id = ? and used_at is null and withdrawn_at is null"
                + " and expires_at > now() order by created_at")
        .param(access.person())
        .query(CarerInvitationRows::invitation)
        .list();
  }

  /** The person withdraws an invitation before it is used. */
  @Transactional
  boolean withdraw(RecordAccess access, UUID invitation) {
    if (!access.isThePerson()) {
      throw new ActionNotAllowedException("Only the person can withdraw their invitation");
    }
    boolean withdrawn =
        jdbc.sql(
                    """
                    update carer_invitation set withdrawn_at = now()
                    where id = ? and person_id = ? and used_at is null and withdrawn_at is null
                    """)
                .params(invitation, access.person())
                .update()
            == 1;
    audit.record(
        new AuditEvent(
            access.account(),
            access.role(),
            access.person(),
            "carer.invitation-withdrawn",
            withdrawn ? "success" : "failure",
            Map.of("invitation", invitation.toString())));
    return withdrawn;
  }

  /** The invitation a link still opens, or why not. */
  @Transactional(readOnly = true)
  Optional<Invitation> usable(@Nullable String token) {
    return found(token).filter(row -> refusal(row).isEmpty()).map(Row::invitation);
  }

  /** Why the link does not work: audited, with the invitation's id if it is one of ours. */
  @Transactional
  Refusal refuse(@Nullable String token, String address) {
    Optional<Row> row = found(token);
    Refusal why = row.flatMap(CarerInvitations::refusal).orElse(Refusal.UNKNOWN);
    Map<String, String> details =
        row.map(
                r ->
                    Map.of(
                        "invitation", r.invitation().id().toString(),
                        "reason", why.name().toLowerCase(),
                        "address", address))
            .orElse(Map.of("reason", why.name().toLowerCase(), "address", address));
    AuditEvent refused = AuditEvent.denied(null, null, "carer.invitation-refused", details);
    audit.record(row.map(r -> refused.about(r.invitation().person())).orElse(refused));
    return why;
  }

  /**
   * Uses the link up for the helper's account and records the person's consent; empty (nothing
   * changed) if the link no longer works.
   */
  @Transactional
  Optional<Helper> accept(@Nullable String token, UUID helperAccount) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    Optional<Invitation> used =
        jdbc.sql(
                """
                update carer_invitation set used_at = now()
                where token_hash = ? and used_at is null and withdrawn_at is null
                  and expires_at > now()
                returning id, person_id, name, relationship, email, may_read_plan, may_converse,
                  may_see_results, may_help_answer, invited_by, expires_at
                """)
            .param(hash(token))
            .query(CarerInvitationRows::invitation)
            .optional();
    return used.map(
        invitation ->
            helpers.give(
                invitation.person(),
                helperAccount,
                invitation.name(),
                invitation.relationship(),
                invitation.permissions(),
                invitation.invitedBy(),
                invitation.id()));
  }

  private static final String SELECT =
      """
      select id, person_id, name, relationship, email, may_read_plan, may_converse,
        may_see_results, may_help_answer, invited_by, expires_at
      from carer_invitation
      """;

  private record Row(
      Invitation invitation, @Nullable Instant usedAt, @Nullable Instant withdrawnAt) {}

  private Optional<Row> found(@Nullable String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, person_id, name, relationship, email, may_read_plan, may_converse,
              may_see_results, may_help_answer, invited_by, expires_at, used_at, withdrawn_at
            from carer_invitation where token_hash = ?
            """)
        .param(hash(token))
        .query(
            (rs, n) ->
                new Row(invitation(rs, n), instant(rs, "used_at"), instant(rs, "withdrawn_at")))
        .optional();
  }

  private static Optional<Refusal> refusal(Row row) {
    if (row.withdrawnAt() != null) {
      return Optional.of(Refusal.WITHDRAWN);
    }
    if (row.usedAt() != null) {
      return Optional.of(Refusal.USED);
    }
    if (!row.invitation().expiresAt().isAfter(Instant.now())) {
      return Optional.of(Refusal.EXPIRED);
    }
    return Optional.empty();
  }
}
