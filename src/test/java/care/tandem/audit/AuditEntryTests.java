package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTests {

  @Test
  void showsWinterTimesInGreenwichMeanTime() {
    assertThat(at("2026-12-01T17:05:09Z").when()).isEqualTo("1 December 2026 at 5:05:09pm");
  }

  @Test
  void showsSummerTimesInBritishSummerTime() {
    assertThat(at("2026-07-01T23:30:00Z").when()).isEqualTo("2 July 2026 at 12:30:00am");
    assertThat(at("2026-07-01T23:30:00Z").isoTime()).isEqualTo("2026-07-02T00:30:00+01:00");
  }

  @Test
  void givesMachinesTheOffsetToo() {
    assertThat(at("2026-12-01T17:05:09.123456Z").isoTime()).isEqualTo("2026-12-01T17:05:09+00:00");
  }

  private static AuditEntry at(String instant) {
    return new AuditEntry(
        Instant.parse(instant), null, null, null, "sign-in.failed", "failure", Map.of());
  }
}
