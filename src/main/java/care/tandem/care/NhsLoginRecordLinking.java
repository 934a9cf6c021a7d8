package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.RecordLinking;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an account NHS login has just made to the person's record: the one record with that NHS
 * number and date of birth and no account yet (NHS numbers are unique here). Audited on the record,
 * so it shows in "who has looked at my record"; the NHS number is never written anywhere.
 */
@Component
class NhsLoginRecordLinking implements RecordLinking {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  NhsLoginRecordLinking(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  @Transactional
  public boolean linkByNhsNumber(String nhsNumber, LocalDate dateOfBirth, UUID accountId) {
    List<UUID> linked =
        jdbc.sql(
                """
                update person set account_id = ?, version = version + 1, updated_at = now()
                where nhs_number = ? and date_of_birth = ? and account_id is null
                returning id
                """)
            .params(accountId, nhsNumber, dateOfBirth)
            .query(UUID.class)
            .list();
    if (linked.size() != 1) {
      return false;
    }
    audit.record(
        AuditEvent.success(
                accountId,
                "PATIENT",
                "person.account-linked",
                Map.of("account", accountId.toString(), "via", "nhs-login"))
            .about(linked.get(0)));
    return true;
  }
}
