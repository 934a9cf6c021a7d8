package care.tandem.care.joining;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.NhsNumber;
import care.tandem.identity.PersonAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin links a person's own account to their record, or unlinks it, with a written reason. The
 * reason is kept with the change and shown to the person on their timeline; the audit row has ids
 * only.
 */
@Service
class RecordLinking {

  /** Why a link or unlink was refused, and the form field it is about. */
  static final class Refused extends RuntimeException {
    private final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /** A link change as listed on the admin page. */
  record Change(String change, String accountName, Instant at, String reason) {}

  private final JdbcClient jdbc;
  private final InvitationRepository invitations;
  private final PersonAccounts accounts;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  RecordLinking(
      JdbcClient jdbc,
      InvitationRepository invitations,
      PersonAccounts accounts,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.invitations = invitations;
    this.accounts = accounts;
    this.events = events;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = Refused.class)
  void link(String email, NhsNumber nhsNumber, String reason, UUID admin) {
    PersonAccounts.Holder account = account(email, admin, "link");
    if (!account.isPatient()) {
      refuse(admin, "link", "not-a-person", "email", "This account is not a person receiving care");
    }
    if (personOf(account.id()).isPresent()) {
      refuse(admin, "link", "has-record", "email", "This account is already linked to a record");
    }
    UUID person =
        jdbc.sql("select id from person where nhs_number = ?")
            .param(nhsNumber.digits())
            .query(UUID.class)
            .optional()
            .orElseThrow(
                () ->
                    refused(
                        admin, "link", "no-record", "nhsNumber", "No record has this NHS number"));
    if (!invitations.link(person, account.id())) {
      refuse(admin, "link", "linked", "nhsNumber", "This record is already linked to an account");
    }
    changed(person, account.id(), "LINKED", reason, admin);
  }

  @Transactional(noRollbackFor = Refused.class)
  void unlink(String email, String reason, UUID admin) {
    PersonAccounts.Holder account = account(email, admin, "unlink");
    UUID person =
        personOf(account.id())
            .orElseThrow(
                () ->
                    refused(
                        admin,
                        "unlink",
                        "no-record",
                        "unlinkEmail",
                        "This account is not linked to a record"));
    invitations.unlink(person, account.id());
    changed(person, account.id(), "UNLINKED", reason, admin);
  }

  /** The latest link changes, newest first. */
  @Transactional(readOnly = true)
  List<Change> latest(int limit) {
    return jdbc.sql(
            """
            select c.change, a.display_name, c.changed_at, c.reason from care_record_link_change c
            join account a on a.id = c.account_id order by c.changed_at desc limit ?
            """)
        .param(limit)
        .query(RecordLinking::change)
        .list();
  }

  private void changed(UUID person, UUID account, String change, String reason, UUID admin) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into care_record_link_change
              (id, person_id, account_id, change, reason, changed_by, changed_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, person, account, change, reason, admin, now.atOffset(ZoneOffset.UTC))
        .update();
    String action = "LINKED".equals(change) ? "record.account-linked" : "record.account-unlinked";
    audit.record(
        AuditEvent.success(
                admin,
                "ADMIN",
                action,
                Map.of("account", account.toString(), "change", id.toString()))
            .about(person));
    String title =
        ("LINKED".equals(change)
                ? "An administrator linked a sign-in to this record. Reason: "
                : "An administrator unlinked a sign-in from this record. Reason: ")
            + reason;
    events.publishEvent(new JoiningEvent(person, id, admin, title, now));
  }

  private PersonAccounts.Holder account(String email, UUID admin, String what) {
    Optional<PersonAccounts.Holder> found = accounts.findByEmail(email.strip());
    String field = "link".equals(what) ? "email" : "unlinkEmail";
    return found.orElseThrow(
        () -> refused(admin, what, "no-account", field, "No account has this email address"));
  }

  private Optional<UUID> personOf(UUID account) {
    return jdbc.sql("select id from person where account_id = ?")
        .param(account)
        .query(UUID.class)
        .optional();
  }

  private void refuse(UUID admin, String what, String reason, String field, String message) {
    throw refused(admin, what, reason, field, message);
  }

  private Refused refused(UUID admin, String what, String reason, String field, String message) {
    audit.record(
        AuditEvent.failure(
            admin, "ADMIN", "record.account-" + what + "-refused", Map.of("reason", reason)));
    return new Refused(field, message);
  }

  private static Change change(ResultSet rs, int row) throws SQLException {
    return new Change(
        rs.getString(1),
        rs.getString(2),
        rs.getObject(3, OffsetDateTime.class).toInstant(),
        rs.getString(4));
  }
}
