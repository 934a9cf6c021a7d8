package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import care.tandem.FullApplicationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FullApplicationTest
class AuditTrailTests {

  @Autowired AuditLog auditLog;
  @Autowired AuditTrail trail;

  final UUID person = UUID.randomUUID();
  final UUID account = UUID.randomUUID();
  final UUID admin = UUID.randomUUID();

  @Test
  void showsEverythingAboutOnePersonNewestFirstAPageAtATime() {
    for (int i = 1; i <= 30; i++) {
      auditLog.record(
          AuditEvent.success(account, "PRACTITIONER", "record.read", Map.of("n", "" + i))
              .about(person));
    }
    auditLog.record(
        AuditEvent.success(account, "PRACTITIONER", "record.read", Map.of()).about(admin));

    AuditPage first = trail.forPerson(person, 1);
    AuditPage second = trail.forPerson(person, 2);

    assertThat(first.total()).isEqualTo(30);
    assertThat(first.entries()).hasSize(AuditTrail.PAGE_SIZE);
    assertThat(first.entries().get(0).details()).containsEntry("n", "30");
    assertThat(first.hasNext()).isTrue();
    assertThat(second.entries()).hasSize(5);
    assertThat(second.entries().get(4).details()).containsEntry("n", "1");
    assertThat(second.hasNext()).isFalse();
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.firstShown()).isEqualTo(26);
    assertThat(first.entries())
        .allSatisfy(entry -> assertThat(entry.person()).isEqualTo(person))
        .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(account));
  }

  @Test
  void findsAnAccountWhetherItActedOrWasActedOn() {
    recordAccountStory();

    AuditPage page = trail.search(byAccount(null, null), 1);

    assertThat(page.entries())
        .extracting(AuditEntry::action)
        .containsExactly("account.role-added", "record.read", "sign-in.succeeded");
  }

  @Test
  void findsAnActionByItsStart() {
    recordAccountStory();

    assertThat(trail.search(byAccount("sign-in", null), 1).entries())
        .extracting(AuditEntry::action)
        .containsExactly("sign-in.succeeded");
    assertThat(trail.search(byAccount("account.", null), 1).entries())
        .extracting(AuditEntry::action)
        .containsExactly("account.role-added");
    assertThat(trail.search(byAccount("Sign-In", null), 1).entries()).hasSize(1);
    assertThat(trail.search(byAccount("sign_in", null), 1).entries()).isEmpty();
  }

  @Test
  void findsAnOutcome() {
    recordAccountStory();

    assertThat(trail.search(byAccount(null, "denied"), 1).entries())
        .extracting(AuditEntry::action)
        .containsExactly("record.read");
  }

  @Test
  void findsEntriesBetweenTwoUkDatesIncludingBoth() {
    auditLog.record(AuditEvent.success(account, "PATIENT", "sign-in.succeeded", Map.of()));
    LocalDate day = trail.search(byAccount(null, null), 1).entries().get(0).ukTime().toLocalDate();

    assertThat(trail.search(between(day, day), 1).total()).isEqualTo(1);
    assertThat(trail.search(between(day.minusDays(1), day.minusDays(1)), 1).total()).isZero();
    assertThat(trail.search(between(day.plusDays(1), day.plusDays(2)), 1).total()).isZero();
    assertThat(trail.search(between(day.minusDays(7), day), 1).total()).isEqualTo(1);
  }

  @Test
  void refusesPagesThatDoNotExist() {
    assertThatIllegalArgumentException().isThrownBy(() -> trail.forPerson(person, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> trail.forPerson(person, AuditTrail.MAX_PAGE + 1));
  }

  @Test
  void refusesADateRangeThatEndsBeforeItStarts() {
    LocalDate today = LocalDate.now();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditQuery(null, null, null, null, today, today.minusDays(1)));
  }

  private void recordAccountStory() {
    auditLog.record(AuditEvent.success(account, "PATIENT", "sign-in.succeeded", Map.of()));
    auditLog.record(AuditEvent.denied(account, "PATIENT", "record.read", Map.of()).about(person));
    auditLog.record(
        AuditEvent.success(
            admin, "ADMIN", "account.role-added", Map.of("account", account.toString())));
    auditLog.record(AuditEvent.success(admin, "ADMIN", "sign-in.succeeded", Map.of()));
  }

  private AuditQuery byAccount(String action, String outcome) {
    return new AuditQuery(null, account, action, outcome, null, null);
  }

  private AuditQuery between(LocalDate from, LocalDate to) {
    return new AuditQuery(null, account, null, null, from, to);
  }
}
