package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.system.Capability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access for a practitioner off a person's team: a written reason, a fixed time limit,
 * and an alert (an unreviewed grant) that admins review. Each grant and review is audited.
 */
@Service
public class BreakGlass {

  public static final Duration TIME_LIMIT = Duration.ofHours(4);

  private static final String COLUMNS =
      """
      select id, person_id, account_id, reason, started_at, expires_at, reviewed_by, reviewed_at
      from break_glass_grant
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  BreakGlass(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Opens the record with this NHS number to a practitioner for {@link #TIME_LIMIT}.
   *
   * @return the person's id
   * @throws RecordNotFoundException if no record has the number (the attempt is audited)
   * @throws ActionNotAllowedException if the viewer does not hold {@link Capability#BREAK_GLASS}
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public UUID start(NhsNumber number, String reason, Authentication viewer) {
    UUID account = CareAccess.accountOf(viewer).orElseThrow(RecordNotFoundException::new);
    String role = CareAccess.roleOf(viewer);
    if (!Capabilities.allows(viewer, Capability.BREAK_GLASS)) {
      throw new ActionNotAllowedException("Only clinicians and service leads use break-glass");
    }
    Optional<UUID> person =
        jdbc.sql("select id from person where nhs_number = ?")
            .param(number.digits())
            .query(UUID.class)
            .optional();
    if (person.isEmpty()) {
      audit.record(AuditEvent.failure(account, role, "break-glass.started", Map.of()));
      throw new RecordNotFoundException();
    }
    UUID grant = UUID.randomUUID();
    jdbc.sql(
            """
            insert into break_glass_grant (id, person_id, account_id, reason, started_at, expires_at)
            values (?, ?, ?, ?, now(), now() + ?::interval)
            """)
        .params(grant, person.get(), account, reason, TIME_LIMIT.toMinutes() + " minutes")
        .update();
    audit.record(
        AuditEvent.success(account, role, "break-glass.started", Map.of("grant", grant.toString()))
            .about(person.get()));
    return person.get();
  }

  /** The account's unexpired grant for the record, if it has one. */
  public Optional<BreakGlassGrant> activeGrant(UUID person, UUID account) {
    return jdbc.sql(
            COLUMNS
                + """
                 where person_id = ? and account_id = ? and started_at <= now()
                   and expires_at > now() order by expires_at desc limit 1
                """)
        .params(person, account)
        .query(BreakGlass::grant)
        .optional();
  }

  /** Grants no admin has reviewed yet, oldest first: the alerts. */
  public List<BreakGlassGrant> toReview() {
    return jdbc.sql(COLUMNS + " where reviewed_at is null order by started_at, id")
        .query(BreakGlass::grant)
        .list();
  }

  /** An admin marks a grant reviewed. Returns false if it was already reviewed or is unknown. */
  @Transactional
  public boolean markReviewed(UUID grantId, Authentication admin) {
    UUID account = CareAccess.accountOf(admin).orElseThrow();
    Optional<UUID> person =
        jdbc.sql(
                """
                update break_glass_grant set reviewed_by = ?, reviewed_at = now()
                where id = ? and reviewed_at is null returning person_id
                """)
            .params(account, grantId)
            .query(UUID.class)
            .optional();
    person.ifPresent(
        about ->
            audit.record(
                AuditEvent.success(
                        account,
                        CareAccess.roleOf(admin),
                        "break-glass.reviewed",
                        Map.of("grant", grantId.toString()))
                    .about(about)));
    return person.isPresent();
  }

  private static BreakGlassGrant grant(ResultSet rs, int row) throws SQLException {
    OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
    return new BreakGlassGrant(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("account_id", UUID.class),
        rs.getString("reason"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
        rs.getObject("reviewed_by", UUID.class),
        reviewed == null ? null : reviewed.toInstant());
  }
}
