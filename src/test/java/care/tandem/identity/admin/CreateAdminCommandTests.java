package care.tandem.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.PasswordPolicy;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The create-admin command gives a new installation its first administrator. */
@FullApplicationTest
class CreateAdminCommandTests {

  static final String PASSWORD = "granite window orchestra";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired PasswordPolicy policy;
  @Autowired JdbcClient jdbc;
  @Autowired HikariDataSource dataSource;

  @Test
  void createsAnAdministratorWhoCanSignInAndAuditsIt() {
    String email = newEmail();

    Outcome outcome = runInProcess(PASSWORD, "--email=" + email, "--name=Robin Hale");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.printed()).startsWith("Administrator account created for " + email);
    Map<String, Object> account = account(email);
    assertThat(account).containsEntry("role", "ADMIN").containsEntry("display_name", "Robin Hale");
    assertThat(account.get("password_must_change")).isEqualTo(false);
    assertThat(outcome.printed()).contains(account.get("id").toString());
    assertThat(lastAuditOf(account.get("id").toString()))
        .isEqualTo("null account.created success command");
    TestBrowser browser = new TestBrowser(port);
    browser.signIn(email, PASSWORD);
    // Signed in, and kept on setting up two-factor sign-in, which every admin must use.
    assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(302);
    assertThat(browser.get("/account/two-factor").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAnEmailThatAlreadyHasAnAccount() {
    String email = newEmail();
    assertThat(runInProcess(PASSWORD, "--email=" + email, "--name=Robin Hale").status()).isZero();
    int created = auditCount();

    Outcome again =
        runInProcess(
            "another password entirely", "--email=" + email.toUpperCase(), "--name=Someone Else");

    assertThat(again.status()).isEqualTo(1);
    assertThat(again.printed())
        .isEqualTo(
            "No account created. An account with this email address already exists"
                + System.lineSeparator());
    assertThat(account(email)).containsEntry("display_name", "Robin Hale");
    assertThat(auditCount()).isEqualTo(created);
  }

  @Test
  void refusesAPasswordThePolicyRefuses() {
    String email = newEmail();

    Outcome common = runInProcess("Sunshine2026!", "--email=" + email, "--name=Robin Hale");
    Outcome shortOne = runInProcess("short one", "--email=" + email, "--name=Robin Hale");

    assertThat(common.status()).isEqualTo(1);
    assertThat(common.printed())
        .startsWith("No account created. This password is too common")
        .doesNotContain("Sunshine2026!");
    assertThat(shortOne.printed()).contains("Password must be 12 characters or more");
    assertThat(accountCount(email)).isZero();
  }

  @Test
  void refusesAPasswordOnTheCommandLineOrMissingFromTheEnvironment() {
    String email = newEmail();

    Outcome onCommandLine =
        runInProcess(PASSWORD, "--email=" + email, "--name=Robin Hale", "--password=" + PASSWORD);
    Outcome notSet = runInProcess(null, "--email=" + email, "--name=Robin Hale");

    assertThat(onCommandLine.status()).isEqualTo(1);
    assertThat(onCommandLine.printed()).contains("Set TANDEM_ADMIN_PASSWORD instead");
    assertThat(notSet.status()).isEqualTo(1);
    assertThat(notSet.printed()).contains("Set TANDEM_ADMIN_PASSWORD to their password");
    assertThat(accountCount(email)).isZero();
  }

  @Test
  void refusesAMissingOrMalformedEmailOrName() {
    assertThat(runInProcess(PASSWORD, "--name=Robin Hale").printed())
        .contains("Give their email address");
    assertThat(runInProcess(PASSWORD, "--email=robin.example.org", "--name=Robin Hale").printed())
        .contains("Enter an email address in the correct format");
    assertThat(runInProcess(PASSWORD, "--email=" + newEmail()).printed())
        .contains("Give their full name");
  }

  /**
   * The documented command, in its own JVM, against this test's database. The port it is given is
   * already taken, so it only gets to create the account if no web server starts.
   */
  @Test
  void commandLineSwitchCreatesTheAdministratorWithoutServingPages() throws Exception {
    String email = newEmail();

    try (ServerSocket taken = new ServerSocket(0)) {
      Outcome outcome =
          runCommand(taken.getLocalPort(), "--email=" + email, "--name=Sasha Grey-Bright");

      assertThat(outcome.printed()).contains("Administrator account created for " + email);
      assertThat(outcome.status()).as(outcome.printed()).isZero();
    }
    assertThat(account(email)).containsEntry("role", "ADMIN");
    TestBrowser browser = new TestBrowser(port);
    browser.signIn(email, PASSWORD);
    assertThat(browser.get("/account/two-factor").statusCode()).isEqualTo(200);
  }

  private Outcome runInProcess(@Nullable String password, String... arguments) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    AtomicInteger status = new AtomicInteger(-1);
    List<String> all = new ArrayList<>(List.of("--tandem.identity.create-admin"));
    all.addAll(List.of(arguments));
    new CreateAdminCommand(
            accounts,
            policy,
            name -> CreateAdminCommand.PASSWORD_VARIABLE.equals(name) ? password : null,
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            status::set)
        .run(new DefaultApplicationArguments(all.toArray(String[]::new)));
    return new Outcome(status.get(), printed.toString(StandardCharsets.UTF_8));
  }

  private Outcome runCommand(int portInUse, String... arguments)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("create-admin", ".txt");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classpath,
                "care.tandem.TandemApplication",
                "--tandem.identity.create-admin",
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword(),
                "--server.port=" + portInUse));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD);
    Process process = builder.start();
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output);
    Files.delete(output);
    return new Outcome(finished ? process.exitValue() : -1, printed);
  }

  private Map<String, Object> account(String email) {
    return jdbc.sql(
            """
            select id, role, display_name, password_must_change from account
            where lower(email) = lower(?)
            """)
        .param(email)
        .query()
        .singleRow();
  }

  private int accountCount(String email) {
    return jdbc.sql("select count(*) from account where lower(email) = lower(?)")
        .param(email)
        .query(Integer.class)
        .single();
  }

  private String lastAuditOf(String accountId) {
    return jdbc.sql(
            """
            select coalesce(actor::text, 'null') || ' ' || action || ' ' || outcome || ' '
                   || (details ->> 'via')
            from audit_event where details ->> 'account' = ? order by id desc limit 1
            """)
        .param(accountId)
        .query(String.class)
        .single();
  }

  private int auditCount() {
    // Only this class creates accounts with the command.
    return new TestAccounts(accounts, jdbc).auditCount("account.created", "via", "command");
  }

  private static String newEmail() {
    return "first-admin-" + UUID.randomUUID() + "@example.org";
  }

  record Outcome(int status, String printed) {}
}
