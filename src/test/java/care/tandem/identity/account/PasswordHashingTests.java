package care.tandem.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password encoding Tandem ships with (full tests use a cheaper cost of the same). */
class PasswordHashingTests {

  private final PasswordEncoder shipped = new PasswordHashing().passwordEncoder();

  @Test
  void hashesWithBcryptAtCostTwelveAndSaysSo() {
    String hash = shipped.encode("violet harbour lantern");

    assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain("violet");
    assertThat(shipped.matches("violet harbour lantern", hash)).isTrue();
    assertThat(shipped.matches("violet harbour lanterns", hash)).isFalse();
    assertThat(shipped.upgradeEncoding(hash)).isFalse();
  }

  @Test
  void asksForALowerCostOrABareHashToBeReplaced() {
    String lower = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("violet harbour lantern");
    String bare = new BCryptPasswordEncoder(4).encode("violet harbour lantern");

    assertThat(shipped.upgradeEncoding(lower)).isTrue();
    assertThat(shipped.upgradeEncoding(bare)).isTrue();
    assertThat(shipped.matches("violet harbour lantern", bare)).isTrue();
  }
}
