package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The known-device cookie: signed, per account, long-lived but not for ever, and not forgeable. */
class DeviceCookieTests {

  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);

  final DeviceCookie cookie = new DeviceCookie(KEY, Duration.ofDays(365));
  final UUID sam = UUID.randomUUID();
  final UUID jordan = UUID.randomUUID();

  @Test
  void readsBackTheAccountItWasIssuedFor() {
    String value = cookie.with(List.of(), sam, NOW);

    assertThat(cookie.read(value, NOW.plus(Duration.ofDays(30))))
        .singleElement()
        .satisfies(device -> assertThat(device.account()).isEqualTo(sam));
    assertThat(value).doesNotContain("@");
  }

  @Test
  void keepsSeveralAccountsNewestFirstAndTheSameDeviceIdForEach() {
    String first = cookie.with(List.of(), sam, NOW);
    String id = cookie.read(first, NOW).get(0).id();
    String both = cookie.with(cookie.read(first, NOW), jordan, NOW.plusSeconds(60));
    String again = cookie.with(cookie.read(both, NOW), sam, NOW.plusSeconds(120));

    List<DeviceCookie.Device> devices = cookie.read(again, NOW.plusSeconds(120));
    assertThat(devices).extracting(DeviceCookie.Device::account).containsExactly(sam, jordan);
    assertThat(devices.get(0).id()).isEqualTo(id);
  }

  @Test
  void holdsAtMostFiveAccounts() {
    String value = "";
    for (int i = 0; i < 8; i++) {
      value = cookie.with(cookie.read(value, NOW), UUID.randomUUID(), NOW);
    }

    assertThat(cookie.read(value, NOW)).hasSize(DeviceCookie.MAX_ACCOUNTS);
  }

  @Test
  void refusesAnEntryWhoseAccountWasChanged() {
    String value = cookie.with(List.of(), sam, NOW);
    String forged = jordan + value.substring(36);

    assertThat(cookie.read(forged, NOW)).isEmpty();
  }

  @Test
  void refusesACookieSignedWithAnotherKey() {
    DeviceCookie other =
        new DeviceCookie(
            "another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII),
            Duration.ofDays(365));

    assertThat(cookie.read(other.with(List.of(), sam, NOW), NOW)).isEmpty();
  }

  @Test
  void expiresAfterItsLifetime() {
    String value = cookie.with(List.of(), sam, NOW);

    assertThat(cookie.read(value, NOW.plus(Duration.ofDays(366)))).isEmpty();
  }

  @Test
  void ignoresRubbishAndHugeValues() {
    assertThat(cookie.read(null, NOW)).isEmpty();
    assertThat(cookie.read("", NOW)).isEmpty();
    assertThat(cookie.read("not.a.cookie~at.all", NOW)).isEmpty();
    assertThat(cookie.read("x".repeat(10_000), NOW)).isEmpty();
  }
}
