package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
@Isolated("it changes audit entries by hand, breaking the chain for a moment")
class AuditChainVerificationTests {

  @Autowired AuditLog auditLog;
  @Autowired AuditChainVerifier verifier;
  @Autowired JdbcClient jdbc;

  DatabaseOwner owner;
  List<Long> ids;

  @BeforeEach
  void recordFiveEvents() {
    owner = new DatabaseOwner(jdbc);
    UUID admin = UUID.randomUUID();
    UUID person = UUID.randomUUID();
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", "sam")));
    auditLog.record(AuditEvent.success(admin, "ADMIN", "sign-in.succeeded", Map.of()));
    auditLog.record(
        AuditEvent.success(admin, "ADMIN", "record.read", Map.of("section", "plan")).about(person));
    auditLog.record(
        AuditEvent.success(
            admin, "ADMIN", "account.role-added", Map.of("account", "a", "role", "X")));
    auditLog.record(AuditEvent.denied(admin, "ADMIN", "record.read", Map.of()).about(person));
    ids =
        jdbc.sql("select id from (select id from audit_event order by id desc limit 5) order by id")
            .query(Long.class)
            .list();
  }

  @AfterEach
  void chainIsWholeAgain() {
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void verifiesAnUnbrokenRunOfEvents() {
    ChainVerification result = verifier.verify();

    long rows = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    assertThat(result.intact()).isTrue();
    assertThat(result.rowsChecked()).isEqualTo(rows).isGreaterThanOrEqualTo(5);
    assertThat(result.lastRowId()).isEqualTo(ids.get(4));
    assertThat(result.lastHash()).isEqualTo(owner.row(ids.get(4)).get("hash"));
    assertThat(result.summary()).startsWith("The audit chain is unbroken");
  }

  @Test
  void readsInSmallBatchesWithTheSameResult() {
    ChainVerification small = new AuditChainVerifier(jdbc, 2).verify();
    ChainVerification large = verifier.verify();

    assertThat(small).isEqualTo(large);
  }

  @Test
  void findsTheRowWhoseContentsWereChanged() {
    long changed = ids.get(2);
    Map<String, Object> original = owner.row(changed);
    owner.tamper("update audit_event set action = 'record.printed' where id = ?", changed);
    try {
      ChainVerification result = new AuditChainVerifier(jdbc, 2).verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.broken().rowId()).isEqualTo(changed);
      assertThat(result.broken().problem()).isEqualTo(ChainVerification.Problem.CONTENTS_CHANGED);
      assertThat(result.lastRowId()).isEqualTo(ids.get(1));
      assertThat(result.summary()).contains("broken at entry " + changed, "was changed");
    } finally {
      owner.putBack(original);
    }
  }

  @Test
  void findsADetailTurnedFromTextIntoANumber() {
    long changed = ids.get(3);
    Map<String, Object> original = owner.row(changed);
    owner.tamper(
        "update audit_event set details = jsonb_set(details, '{role}', '5') where id = ?", changed);
    try {
      ChainVerification result = verifier.verify();

      assertThat(result.broken().rowId()).isEqualTo(changed);
      assertThat(result.broken().problem()).isEqualTo(ChainVerification.Problem.CONTENTS_CHANGED);
    } finally {
      owner.putBack(original);
    }
  }

  @Test
  void findsTheNextRowWhenAChangedRowWasGivenANewHash() {
    long changed = ids.get(1);
    Map<String, Object> original = owner.row(changed);
    Map<String, Object> successor = owner.row(ids.get(2));
    String forged =
        AuditChain.hash(
            (String) original.get("previous_hash"),
            ((java.sql.Timestamp) original.get("occurred_at")).toInstant(),
            null,
            null,
            null,
            "sign-in.succeeded",
            "success",
            Map.of());
    owner.tamper(
        "update audit_event set actor = null, actor_role = null, hash = ? where id = ?",
        forged,
        changed);
    try {
      ChainVerification result = verifier.verify();

      assertThat(result.broken().rowId()).isEqualTo(ids.get(2));
      assertThat(result.broken().previousRowId()).isEqualTo(changed);
      assertThat(result.broken().problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
    } finally {
      owner.putBack(original);
      assertThat(owner.row(ids.get(2))).isEqualTo(successor);
    }
  }

  @Test
  void findsTheGapLeftByARemovedRow() {
    long removed = ids.get(2);
    Map<String, Object> original = owner.row(removed);
    owner.tamper("delete from audit_event where id = ?", removed);
    try {
      ChainVerification result = verifier.verify();

      assertThat(result.broken().rowId()).isEqualTo(ids.get(3));
      assertThat(result.broken().previousRowId()).isEqualTo(ids.get(1));
      assertThat(result.summary())
          .contains("does not link to entry " + ids.get(1), "removed, added or changed");
    } finally {
      owner.putBack(original);
    }
  }
}
