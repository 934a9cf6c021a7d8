package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The numbers of sign-in throttling, as docs/security.md gives them, on a fixed clock. */
class ThrottleRulesTests {

  static final Instant LAST_FAILURE = Instant.parse("2026-12-07T09:00:00Z");

  final ThrottleRules rules = ThrottleRules.standard();

  @Test
  void letsFourFailuresPassWithoutAnyWait() {
    for (int failures = 0; failures < 5; failures++) {
      assertThat(rules.waitAfter(failures)).isZero();
      assertThat(rules.emailRefusedUntil(failures, LAST_FAILURE, LAST_FAILURE)).isEmpty();
    }
  }

  @Test
  void waitsOneMinuteAfterTheFifthFailureThenDoublesToAFifteenMinuteCap() {
    assertThat(rules.waitAfter(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(rules.waitAfter(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(rules.waitAfter(7)).isEqualTo(Duration.ofMinutes(4));
    assertThat(rules.waitAfter(8)).isEqualTo(Duration.ofMinutes(8));
    assertThat(rules.waitAfter(9)).isEqualTo(Duration.ofMinutes(15));
    assertThat(rules.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void refusesAnEmailOnlyUntilItsWaitIsOver() {
    Instant during = LAST_FAILURE.plusSeconds(59);
    Instant after = LAST_FAILURE.plusSeconds(60);

    assertThat(rules.emailRefusedUntil(5, LAST_FAILURE, during))
        .contains(LAST_FAILURE.plusSeconds(60));
    assertThat(rules.emailRefusedUntil(5, LAST_FAILURE, after)).isEmpty();
    assertThat(rules.emailRefusedUntil(9, LAST_FAILURE, LAST_FAILURE.plusSeconds(14 * 60)))
        .contains(LAST_FAILURE.plus(Duration.ofMinutes(15)));
  }

  @Test
  void neverSlowsAnAddressForFailuresAgainstFewAccountsHoweverMany() {
    // Twenty (or a thousand) failures against one account from one address name one account.
    assertThat(rules.addressRefusedUntil(1, LAST_FAILURE, LAST_FAILURE)).isEmpty();
    assertThat(rules.addressRefusedUntil(10, LAST_FAILURE, LAST_FAILURE)).isEmpty();
  }

  @Test
  void slowsAnAddressToOneTryAMinuteOnceFailuresNameMoreThanTenAccounts() {
    assertThat(rules.addressRefusedUntil(11, LAST_FAILURE, LAST_FAILURE.plusSeconds(30)))
        .contains(LAST_FAILURE.plusSeconds(60));
    assertThat(rules.addressRefusedUntil(11, LAST_FAILURE, LAST_FAILURE.plusSeconds(60))).isEmpty();
  }

  @Test
  void trustsAKnownDeviceUntilItHasFiveFailuresOfItsOwn() {
    assertThat(rules.deviceTrusted(0)).isTrue();
    assertThat(rules.deviceTrusted(4)).isTrue();
    assertThat(rules.deviceTrusted(5)).isFalse();
  }

  @Test
  void roundsTheWaitUpToWholeMinutesAndNeverSaysZero() {
    Instant now = LAST_FAILURE;

    assertThat(ThrottleRules.minutesUntil(now.plusSeconds(60), now)).isEqualTo(1);
    assertThat(ThrottleRules.minutesUntil(now.plusSeconds(61), now)).isEqualTo(2);
    assertThat(ThrottleRules.minutesUntil(now.plusSeconds(1), now)).isEqualTo(1);
    assertThat(ThrottleRules.minutesUntil(now.minusSeconds(5), now)).isEqualTo(1);
    assertThat(ThrottleRules.minutesUntil(now.plus(Duration.ofMinutes(15)), now)).isEqualTo(15);
  }
}
