package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventGuardTests {

  private static final UUID ADMIN = UUID.fromString("6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "Password",
        "newPassword",
        "new_password",
        "passwordHash",
        "oldpasswd",
        "clientSecret",
        "resetToken",
        "sessionId",
        "session",
        "credentials",
        "apiKey",
        "cookie"
      })
  void refusesDetailKeysThatNameASecret(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, "ADMIN", "account.changed", Map.of(key, "x")))
        .withMessageContaining("never stores passwords");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "note",
        "clinicalNote",
        "notes",
        "free_text",
        "comment",
        "message",
        "body",
        "content",
        "diagnosis",
        "symptoms",
        "answers",
        "description"
      })
  void refusesDetailKeysThatNameFreeText(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, "ADMIN", "record.read", Map.of(key, "x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"username", "account", "role", "reason", "context", "status", "ip"})
  void acceptsShortCodeKeys(String key) {
    AuditEvent event = AuditEvent.success(ADMIN, "ADMIN", "account.changed", Map.of(key, "x"));
    assertThat(event.details()).containsEntry(key, "x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "9starts-with-digit", "tab\tkey", ""})
  void refusesKeysThatAreNotShortNames(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, null, "record.read", Map.of(key, "x")));
  }

  @Test
  void cutsLongValuesTo100Characters() {
    String typed = "a".repeat(5_000);
    AuditEvent event = AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", typed));
    assertThat(event.details().get("username")).hasSize(100).endsWith("…");
  }

  @Test
  void neverSplitsACharacterWhenCutting() {
    String typed = "\uD83D\uDE00".repeat(200);
    String kept =
        AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", typed))
            .details()
            .get("username");
    assertThat(kept.codePointCount(0, kept.length())).isEqualTo(100);
    assertThat(kept).startsWith("\uD83D\uDE00").endsWith("…");
  }

  @Test
  void keepsValuesOnOneLine() {
    AuditEvent event =
        AuditEvent.failure(
            null, null, "sign-in.failed", Map.of("username", "sam\r\nforged line\u0000"));
    assertThat(event.details().get("username")).isEqualTo("sam  forged line");
  }

  @Test
  void refusesMoreThanSixteenDetails() {
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 17; i++) {
      many.put("key" + i, "x");
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, "ADMIN", "bulk.change", many));
  }

  @Test
  void refusesAMissingDetailValue() {
    Map<String, String> details = new HashMap<>();
    details.put("account", null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, "ADMIN", "account.changed", details));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "looked at the notes",
        "",
        "an-action-code-that-goes-on-and-on-for-far-longer-than-sixty-four-chars",
        "<script>"
      })
  void refusesActionsThatAreNotCodes(String action) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditEvent.success(ADMIN, "ADMIN", action, Map.of()));
  }

  @Test
  void refusesAnUnknownOutcome() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditEvent(ADMIN, "ADMIN", null, "record.read", "maybe", Map.of()));
  }

  @Test
  void keepsDetailsSortedAndUnchangeable() {
    AuditEvent event =
        AuditEvent.success(
            ADMIN, "ADMIN", "account.changed", Map.of("role", "ADMIN", "account", "x"));
    assertThat(event.details().keySet()).containsExactly("account", "role");
    assertThatThrownBy(() -> event.details().put("note", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aboutAPersonKeepsEverythingElse() {
    UUID person = UUID.randomUUID();
    AuditEvent event = AuditEvent.success(ADMIN, "ADMIN", "record.read", Map.of()).about(person);
    assertThat(event.person()).isEqualTo(person);
    assertThat(event.action()).isEqualTo("record.read");
  }
}
