package care.tandem.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsTwelveCharactersOfUnrelatedWords() {
    assertThat(policy.problemWith("otter lamp cactus", "sam@example.org")).isEmpty();
  }

  @Test
  void refusesElevenCharacters() {
    assertThat(policy.problemWith("otterlampca", "sam@example.org"))
        .contains("Password must be 12 characters or more");
  }

  @Test
  void countsCharactersNotBytesForTheMinimum() {
    // Eleven accented letters are 22 bytes but still too short.
    assertThat(policy.problemWith("ééééééééééé", "sam@example.org"))
        .contains("Password must be 12 characters or more");
  }

  @Test
  void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
    String sixtyFour = "quiet river stones ".repeat(4).substring(0, 64);
    assertThat(policy.problemWith(sixtyFour, "sam@example.org")).isEmpty();
    assertThat(policy.problemWith(sixtyFour + "x", "sam@example.org"))
        .contains("Password must be 64 characters or fewer");
  }

  @Test
  void refusesPasswordsBcryptWouldCutShort() {
    String thirtySevenEmoji = "\uD83D\uDE00".repeat(37); // 37 characters, 148 bytes
    assertThat(policy.problemWith(thirtySevenEmoji, "sam@example.org"))
        .contains("Password is too long. Use fewer symbols or accented letters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password1234",
        "qwertyuiop123",
        "123456789012",
        "iloveyou1234",
        "Liverpool2026!",
        "Sunshine12345",
        "welcome123456",
        "tandem-demo-2026",
        "passwordpassword"
      })
  void refusesCommonPasswordsWhateverTheCaseOrTrailingDigits(String common) {
    assertThat(policy.problemWith(common, "sam@example.org"))
        .contains("This password is too common. Choose one that is harder to guess");
  }

  @Test
  void refusesPasswordContainingTheEmailName() {
    assertThat(policy.problemWith("priya.shah-garden-path", "priya.shah@example.org"))
        .contains("Password must not include your email address");
  }

  @Test
  void shipsAboutTenThousandCommonPasswords() {
    assertThat(policy.commonPasswordCount()).isBetween(9_000, 11_000);
  }
}
