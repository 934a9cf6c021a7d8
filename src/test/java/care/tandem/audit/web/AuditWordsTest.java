package care.tandem.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditWordsTest {

  private static final UUID SAM = UUID.fromString("3f1c2b4e-0000-4000-8000-000000000001");

  @Test
  void saysActionsRolesAndDetailNamesInWords() {
    assertThat(AuditWords.action("care-plan.viewed")).isEqualTo("Care plan viewed");
    assertThat(AuditWords.action("sign-in.failed")).isEqualTo("Sign in failed");
    assertThat(AuditWords.role("SERVICE_LEAD")).isEqualTo("Service lead");
    assertThat(AuditWords.detailKey("personFilter")).isEqualTo("Person filter");
  }

  @Test
  void callsTheLoopbackAddressThisComputerAndShowsOtherAddressesAsTheyAre() {
    assertThat(AuditWords.detailValue("address", "0:0:0:0:0:0:0:1", id -> null))
        .isEqualTo("this computer");
    assertThat(AuditWords.detailValue("address", "127.0.0.1", id -> null))
        .isEqualTo("this computer");
    assertThat(AuditWords.detailValue("address", "203.0.113.7", id -> null))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void namesAnIdItKnowsAndLeavesOtherValuesAlone() {
    Map<UUID, String> names = Map.of(SAM, "Sam Taylor");
    assertThat(AuditWords.detailValue("person", SAM.toString(), names::get))
        .isEqualTo("Sam Taylor");
    assertThat(AuditWords.detailValue("thread", UUID.randomUUID().toString(), names::get))
        .hasSize(36);
    assertThat(AuditWords.detailValue("email", "sam@example.org", names::get))
        .isEqualTo("sam@example.org");
  }
}
