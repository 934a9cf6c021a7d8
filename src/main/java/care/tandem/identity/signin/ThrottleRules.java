package care.tandem.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers of sign-in throttling and what they decide, with no database and no clock of its own,
 * so the rules are tested directly (docs/security.md explains them).
 *
 * <ul>
 *   <li>Per email address, from devices Tandem does not know: {@code freeFailures} wrong passwords
 *       (since the last success or unlock, within a day) cost nothing; after that each further
 *       attempt must wait {@code firstWait} after the last failure, doubling with every further
 *       failure up to {@code longestWait}. Never a permanent lock.
 *   <li>Per network address: only failures against many different email addresses count. Once
 *       failures name more than {@code failingAccountsPerAddress} of them within {@code
 *       addressWindow}, unknown devices there wait {@code addressWait} after its last failure.
 *   <li>A known device (a signed device cookie naming the account) skips both, until it has {@code
 *       failuresPerDevice} failures of its own since its last success.
 * </ul>
 */
@Component
class ThrottleRules {

  /** How far back failures count at all; attempts are forgotten after this. */
  static final Duration MEMORY = Duration.ofDays(1);

  private final int freeFailures;
  private final Duration firstWait;
  private final Duration longestWait;
  private final int failingAccountsPerAddress;
  private final Duration addressWindow;
  private final Duration addressWait;
  private final int failuresPerDevice;

  ThrottleRules(
      @Value("${tandem.sign-in.throttle.max-failures-per-email:5}") int freeFailures,
      @Value("${tandem.sign-in.throttle.first-wait:1m}") Duration firstWait,
      @Value("${tandem.sign-in.throttle.longest-wait:15m}") Duration longestWait,
      @Value("${tandem.sign-in.throttle.failing-accounts-per-address:10}")
          int failingAccountsPerAddress,
      @Value("${tandem.sign-in.throttle.window:15m}") Duration addressWindow,
      @Value("${tandem.sign-in.throttle.address-wait:1m}") Duration addressWait,
      @Value("${tandem.sign-in.throttle.max-failures-per-device:5}") int failuresPerDevice) {
    this.freeFailures = freeFailures;
    this.firstWait = firstWait;
    this.longestWait = longestWait;
    this.failingAccountsPerAddress = failingAccountsPerAddress;
    this.addressWindow = addressWindow;
    this.addressWait = addressWait;
    this.failuresPerDevice = failuresPerDevice;
  }

  /** The shipped numbers. */
  static ThrottleRules standard() {
    return new ThrottleRules(
        5,
        Duration.ofMinutes(1),
        Duration.ofMinutes(15),
        10,
        Duration.ofMinutes(15),
        Duration.ofMinutes(1),
        5);
  }

  /** How long after the last failure an email address must wait, given its failures so far. */
  Duration waitAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    Duration wait = firstWait.multipliedBy(1L << doublings);
    return wait.compareTo(longestWait) > 0 ? longestWait : wait;
  }

  /**
   * When an email address may next be tried from an unknown device, if not now.
   *
   * @param failures unknown-device failures since the last success or unlock, within {@link
   *     #MEMORY}
   * @param lastFailure the latest of them, or null when there are none
   */
  Optional<Instant> emailRefusedUntil(int failures, @Nullable Instant lastFailure, Instant now) {
    return refusedUntil(lastFailure, waitAfter(failures), now);
  }

  /**
   * When an unknown device at this network address may next try, if not now.
   *
   * @param failingAccounts different email addresses with a failure from it within {@link
   *     #addressWindow()}
   * @param lastFailure its latest unknown-device failure
   */
  Optional<Instant> addressRefusedUntil(
      int failingAccounts, @Nullable Instant lastFailure, Instant now) {
    Duration wait = failingAccounts > failingAccountsPerAddress ? addressWait : Duration.ZERO;
    return refusedUntil(lastFailure, wait, now);
  }

  /** Whether a known device still skips the other limits, given its own failures. */
  boolean deviceTrusted(int deviceFailures) {
    return deviceFailures < failuresPerDevice;
  }

  Duration addressWindow() {
    return addressWindow;
  }

  private static Optional<Instant> refusedUntil(
      @Nullable Instant last, Duration wait, Instant now) {
    if (last == null || wait.isZero()) {
      return Optional.empty();
    }
    Instant until = last.plus(wait);
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  /** Whole minutes, rounded up, from now until then (at least one), as the page says them. */
  static long minutesUntil(Instant until, Instant now) {
    long seconds = Math.max(0, Duration.between(now, until).toSeconds());
    return Math.max(1, (seconds + 59) / 60);
  }
}
