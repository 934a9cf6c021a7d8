package care.tandem.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.TandemApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The production profile refuses to start while anything from the demo remains. */
@Tag(FullApplicationTest.TAG) // starts the whole application itself, several times
class ProductionProfileTests {

  @TempDir Path data;

  @Test
  void refusesToStartOnADatabaseThatHasDemoAccounts() throws Exception {
    Path database = Files.createDirectories(data.resolve("demo-then-production"));
    start(database, "demo").close();

    assertThatThrownBy(() -> start(database, "production"))
        .hasStackTraceContaining("Tandem will not start with the production profile")
        .hasStackTraceContaining("9 demo account(s) exist")
        .hasStackTraceContaining("an administrator or service lead still has the demo password");
  }

  @Test
  void refusesToStartWithASecretLeftAtItsDefaultThenStartsOnceItIsSet() throws Exception {
    Path database = Files.createDirectories(data.resolve("fresh-production"));

    assertThatThrownBy(
            () -> start(database, "production", "--tandem.secrets.example-key=change-me-please"))
        .hasStackTraceContaining("tandem.secrets.example-key is empty or still at its default")
        .satisfies(e -> assertThat(e).hasStackTraceContaining("production profile"));

    try (ConfigurableApplicationContext started =
        start(database, "production", "--tandem.secrets.example-key=a-real-secret-from-a-vault")) {
      assertThat(started.isActive()).isTrue();
    }
  }

  private static ConfigurableApplicationContext start(
      Path database, String profile, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "--server.port=0";
    all[1] = "--tandem.embedded-database.directory=" + database;
    all[2] = "--tandem.embedded-database.clean=false";
    all[3] = "--logging.level.root=WARN";
    // Learning, media (issue 14): shipped media go beside the throw-away database, not ./data.
    all[4] = "--tandem.learning.media-directory=" + database.resolveSibling("media");
    System.arraycopy(args, 0, all, 5, args.length);
    return new SpringApplicationBuilder(TandemApplication.class).profiles(profile).run(all);
  }
}
