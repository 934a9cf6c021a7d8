package care.tandem.identity.external;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Actor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin sets up for NHS CIS2: a member of staff's CIS2 user id on their account, and an
 * organisation's ODS code. Both audited; an id or code another account or organisation already has
 * is refused.
 */
@Service
class Cis2Registrations {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Cis2Registrations(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  Optional<String> userId(UUID account) {
    return jdbc.sql("select cis2_user_id from account where id = ? and cis2_user_id is not null")
        .param(account)
        .query(String.class)
        .optional();
  }

  Optional<String> odsCode(UUID organisation) {
    return jdbc.sql("select ods_code from organisation where id = ? and ods_code is not null")
        .param(organisation)
        .query(String.class)
        .optional();
  }

  /**
   * @return false if another account has this CIS2 user id
   */
  @Transactional
  boolean setUserId(UUID account, @Nullable String userId, Actor actor) {
    try {
      jdbc.sql("update account set cis2_user_id = ?, updated_at = now() where id = ?")
          .params(userId, account)
          .update();
    } catch (DuplicateKeyException taken) {
      return false;
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "account.cis2-user-id-changed",
            Map.of("account", account.toString(), "set", String.valueOf(userId != null))));
    return true;
  }

  /**
   * @return false if another organisation has this ODS code
   */
  @Transactional
  boolean setOdsCode(UUID organisation, @Nullable String odsCode, Actor actor) {
    try {
      jdbc.sql("update organisation set ods_code = ?, updated_at = now() where id = ?")
          .params(odsCode, organisation)
          .update();
    } catch (DuplicateKeyException taken) {
      return false;
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "organisation.ods-code-changed",
            Map.of("organisation", organisation.toString(), "odsCode", String.valueOf(odsCode))));
    return true;
  }
}
