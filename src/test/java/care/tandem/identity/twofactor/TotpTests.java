package care.tandem.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TOTP as RFC 6238 defines it, checked against its Appendix B test vectors. */
class TotpTests {

  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void matchesEveryHmacSha1VectorOfRfc6238AppendixB() {
    long[][] vectors = {
      {59L, 94287082L},
      {1111111109L, 7081804L},
      {1111111111L, 14050471L},
      {1234567890L, 89005924L},
      {2000000000L, 69279037L},
      {20000000000L, 65353130L}
    };
    for (long[] vector : vectors) {
      long step = Totp.step(Instant.ofEpochSecond(vector[0]));
      assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1"))
          .as("time %d", vector[0])
          .isEqualTo(String.format("%08d", vector[1]));
    }
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
    long step = Totp.step(Instant.ofEpochSecond(1111111109L));
    assertThat(Totp.code(RFC_SECRET, step)).isEqualTo("081804");
  }

  @Test
  void acceptsTheCodeOfOneStepEitherSideButNotTwo() {
    byte[] secret = Base32.decode(TwoFactor.newSecret());
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.step(now);

    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).isEqualTo(step - 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).isEqualTo(step);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).isEqualTo(step + 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEqualTo(-1);
  }

  @Test
  void base32RoundTripsAndReadsTheRfc4648Example() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Base32.decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
    String secret = TwoFactor.newSecret();
    assertThat(secret).hasSize(32);
    assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
  }

  @Test
  void recoveryCodesAreTenDifferentAndComparedWithoutDashesOrCase() {
    var codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    String code = codes.get(0);
    assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " ")))
        .isEqualTo(RecoveryCodes.hash(code));
  }
}
