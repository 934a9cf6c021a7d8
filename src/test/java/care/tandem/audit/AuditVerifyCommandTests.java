package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
@Isolated("it changes audit entries by hand, breaking the chain for a moment")
class AuditVerifyCommandTests {

  @Autowired AuditLog auditLog;
  @Autowired AuditChainVerifier verifier;
  @Autowired JdbcClient jdbc;
  @Autowired HikariDataSource dataSource;

  long latest;

  @BeforeEach
  void recordEvents() {
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", "sam")));
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", "jo")));
    latest = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
  }

  @Test
  void printsAnUnbrokenChainAndExitsWithZero() {
    Outcome outcome = runInProcess();

    assertThat(outcome.status()).isZero();
    assertThat(outcome.printed()).startsWith("The audit chain is unbroken").contains("" + latest);
  }

  @Test
  void printsTheBrokenEntryAndExitsWithOne() {
    DatabaseOwner owner = new DatabaseOwner(jdbc);
    Map<String, Object> original = owner.row(latest);
    owner.tamper("update audit_event set outcome = 'success' where id = ?", latest);
    try {
      Outcome outcome = runInProcess();

      assertThat(outcome.status()).isEqualTo(1);
      assertThat(outcome.printed()).contains("broken at entry " + latest);
    } finally {
      owner.putBack(original);
    }
  }

  /**
   * The documented command, in its own JVM, against this test's database. The port it is given is
   * already taken, so the check only gets to print its result if no web server starts.
   */
  @Test
  void commandLineSwitchPrintsTheBrokenEntryAndExitsWithOneWithoutServingPages() throws Exception {
    DatabaseOwner owner = new DatabaseOwner(jdbc);
    Map<String, Object> original = owner.row(latest);
    owner.tamper("update audit_event set action = 'sign-in.succeeded' where id = ?", latest);
    try (ServerSocket taken = new ServerSocket(0)) {
      Outcome broken = runCommand(taken.getLocalPort());

      assertThat(broken.printed()).contains("The audit chain is broken at entry " + latest);
      assertThat(broken.status()).as(broken.printed()).isEqualTo(1);
    } finally {
      owner.putBack(original);
    }
  }

  private Outcome runInProcess() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    AtomicInteger status = new AtomicInteger(-1);
    new AuditVerifyCommand(
            verifier, new PrintStream(printed, true, StandardCharsets.UTF_8), status::set)
        .run(new DefaultApplicationArguments("--tandem.audit.verify"));
    return new Outcome(status.get(), printed.toString(StandardCharsets.UTF_8));
  }

  /** A port already in use makes the command fail if it ever starts a web server. */
  private Outcome runCommand(int portInUse) throws IOException, InterruptedException {
    Path output = Files.createTempFile("audit-verify", ".txt");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    classpath,
                    "care.tandem.TandemApplication",
                    "--tandem.audit.verify",
                    "--spring.profiles.active=test",
                    "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                    "--spring.datasource.username=" + dataSource.getUsername(),
                    "--spring.datasource.password=" + dataSource.getPassword(),
                    "--server.port=" + portInUse))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output);
    Files.delete(output);
    return new Outcome(finished ? process.exitValue() : -1, printed);
  }

  record Outcome(int status, String printed) {}
}
