package care.tandem.system.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The log scanner really finds what the whole suite's log check looks for. */
class LogScannerTest {

  @Test
  void findsAnNhsNumberPlainOrSpacedAndDemoClinicalText() {
    String poisoned =
        """
        2026-12-06T14:20:12Z  INFO care.tandem.X : all fine, took 1234 ms
        2026-12-06T14:20:13Z ERROR care.tandem.Y : failed for 9990012342
        2026-12-06T14:20:14Z  WARN care.tandem.Z : person 999 002 4685
        2026-12-06T14:20:15Z DEBUG o.s.web : body text=my back was bad after taking Mum shopping on Saturday
        """;

    assertThat(LogScanner.findings(poisoned))
        .containsExactly(
            "line 2: an NHS number",
            "line 3: an NHS number",
            "line 4: demo clinical text (\"taking Mum shopping on Saturday\")");
  }

  @Test
  void passesTenDigitsThatFailTheCheckDigitAndOrdinaryLogLines() {
    String clean =
        """
        2026-12-06T14:20:12.888Z  INFO 12580 --- [tandem] [exec-1] c.t.X : request 1234567890 took 12 ms
        reference 3f1e2d4c-0000-4000-8000-123456789012 at 1765030812888
        """;

    assertThat(LogScanner.passesModulus11("1234567890")).isFalse();
    assertThat(LogScanner.passesModulus11("9990012342")).isTrue();
    assertThat(LogScanner.findings(clean)).isEmpty();
  }

  @Test
  void everyPhraseIsReallyInTheDemoContent() throws IOException {
    String demo;
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java", "care", "tandem"))) {
      demo =
          sources
              .filter(
                  path ->
                      path.getFileName().toString().startsWith("Demo")
                          || path.getFileName().toString().endsWith("Conversation.java"))
              .filter(Files::isRegularFile)
              .map(LogScannerTest::read)
              .collect(Collectors.joining("\n"))
              // Java string concatenation across lines: join the pieces back together.
              .replaceAll("\"\\s*\\+\\s*\"", "");
    }

    assertThat(LogScanner.DEMO_CLINICAL_PHRASES)
        .allSatisfy(phrase -> assertThat(demo).contains(phrase));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
