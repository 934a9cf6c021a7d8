package care.tandem.system.limits;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Last of all the full tests: the log the whole run wrote ({@code logging.file.name} in
 * application-test.properties, one file per run under target/test-logs) holds no NHS number and
 * none of the demo's clinical text, whatever the tests sent.
 */
@FullApplicationTest
@Order(Integer.MAX_VALUE)
@Isolated("it reads what every other full test logged")
class LogsHoldNoClinicalTextTests {

  static final Path LOGS = Path.of("target", "test-logs");

  @Test
  void theRunsLogHoldsNoNhsNumberOrDemoClinicalText() throws IOException {
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    List<Path> thisRun = new ArrayList<>();
    try (Stream<Path> files = Files.list(LOGS)) {
      files.filter(file -> file.toFile().lastModified() >= started).forEach(thisRun::add);
    }
    assertThat(thisRun).as("this run's log files in %s", LOGS).isNotEmpty();

    List<String> findings = new ArrayList<>();
    long read = 0;
    for (Path file : thisRun) {
      // A context that wrote nothing leaves an empty file; the others must hold the run's log.
      String log = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      read += log.length();
      LogScanner.findings(log).forEach(finding -> findings.add(file + " " + finding));
    }
    assertThat(read).as("characters of this run's log read").isPositive();
    assertThat(findings).isEmpty();
  }
}
