package care.tandem.learning.media;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.learning.media.ByteRanges.Parts;
import care.tandem.learning.media.ByteRanges.Span;
import care.tandem.learning.media.ByteRanges.Unsatisfiable;
import care.tandem.learning.media.ByteRanges.Whole;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteRangesTests {

  private static final long SIZE = 1000;

  @Test
  void servesTheWholeFileWithoutARangeOrForAnotherUnit() {
    assertThat(ByteRanges.of(null, SIZE)).isInstanceOf(Whole.class);
    assertThat(ByteRanges.of("  ", SIZE)).isInstanceOf(Whole.class);
    assertThat(ByteRanges.of("items=0-4", SIZE)).isInstanceOf(Whole.class);
  }

  @Test
  void readsSingleOpenAndSuffixRanges() {
    assertThat(ByteRanges.of("bytes=0-99", SIZE)).isEqualTo(parts(new Span(0, 99)));
    assertThat(ByteRanges.of("bytes=900-", SIZE)).isEqualTo(parts(new Span(900, 999)));
    assertThat(ByteRanges.of("bytes=-100", SIZE)).isEqualTo(parts(new Span(900, 999)));
    assertThat(ByteRanges.of("Bytes = 5-5", SIZE)).isEqualTo(parts(new Span(5, 5)));
  }

  @Test
  void cutsRangesThatRunPastTheEndToTheEnd() {
    assertThat(ByteRanges.of("bytes=990-5000", SIZE)).isEqualTo(parts(new Span(990, 999)));
    assertThat(ByteRanges.of("bytes=-5000", SIZE)).isEqualTo(parts(new Span(0, 999)));
  }

  @Test
  void readsSeveralRangesInTheOrderAsked() {
    assertThat(ByteRanges.of("bytes=500-599, 0-99,,", SIZE))
        .isEqualTo(new Parts(List.of(new Span(500, 599), new Span(0, 99))));
  }

  @Test
  void servesTheRangesThatExistWhenOthersArePastTheEnd() {
    assertThat(ByteRanges.of("bytes=0-9,2000-3000", SIZE)).isEqualTo(parts(new Span(0, 9)));
  }

  @Test
  void refusesRangesEntirelyPastTheEnd() {
    assertThat(ByteRanges.of("bytes=1000-", SIZE)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRanges.of("bytes=5000-6000", SIZE)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRanges.of("bytes=-0", SIZE)).isInstanceOf(Unsatisfiable.class);
  }

  @Test
  void refusesMalformedRanges() {
    for (String header :
        List.of(
            "bytes",
            "bytes=",
            "bytes=-",
            "bytes=abc",
            "bytes=1-2-3",
            "bytes=+1-2",
            "bytes=0x10-20",
            "bytes=20-10",
            "bytes=0-99999999999999999999",
            "bytes=0-1;2-3")) {
      assertThat(ByteRanges.of(header, SIZE)).as(header).isInstanceOf(Unsatisfiable.class);
    }
  }

  @Test
  void refusesOverlappingRanges() {
    assertThat(ByteRanges.of("bytes=0-500,400-600", SIZE)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRanges.of("bytes=0-0,0-0", SIZE)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRanges.of("bytes=900-,-50", SIZE)).isInstanceOf(Unsatisfiable.class);
  }

  @Test
  void refusesMoreThanTenRanges() {
    String ten = "bytes=0-0,2-2,4-4,6-6,8-8,10-10,12-12,14-14,16-16,18-18";
    assertThat(ByteRanges.of(ten, SIZE)).isInstanceOf(Parts.class);
    assertThat(ByteRanges.of(ten + ",20-20", SIZE)).isInstanceOf(Unsatisfiable.class);
  }

  private static Parts parts(Span span) {
    return new Parts(List.of(span));
  }
}
