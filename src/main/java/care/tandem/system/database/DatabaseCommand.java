package care.tandem.system.database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar tandem.jar --tandem.database.backup=FILE} and {@code
 * --tandem.database.restore=FILE}: back up the embedded database (while Tandem runs or not) and
 * restore a backup into an empty data folder. They read the same settings as Tandem (the data
 * folder, its password) but start nothing else: a restore must come before any migration or demo
 * seeding touches the database. Exit status 0 when done, 1 when not.
 */
public final class DatabaseCommand {

  static final String BACKUP = "tandem.database.backup";
  static final String RESTORE = "tandem.database.restore";

  private DatabaseCommand() {}

  public static boolean isAskedFor(String... args) {
    return List.of(args).stream()
        .anyMatch(
            arg -> arg.startsWith("--" + BACKUP + "=") || arg.startsWith("--" + RESTORE + "="));
  }

  public static int run(PrintStream out, String... args) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(DatabaseCommand.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .properties("logging.level.root=WARN")
            .run(args)) {
      Environment settings = context.getEnvironment();
      if (!settings.getProperty("spring.datasource.url", "").isBlank()) {
        out.println(
            "Tandem uses a PostgreSQL server here: back it up and restore it with that server's"
                + " pg_dump and pg_restore (docs/operations.md).");
        return 1;
      }
      Path directory =
          Path.of(settings.getProperty("tandem.embedded-database.directory", "./data/postgres"))
              .toAbsolutePath()
              .normalize();
      String password = settings.getProperty("tandem.embedded-database.password", "");
      String backup = settings.getProperty(BACKUP);
      if (backup != null) {
        backup(directory, password, Path.of(backup).toAbsolutePath(), out);
      } else {
        restore(Path.of(settings.getRequiredProperty(RESTORE)), directory, password, out);
      }
      return 0;
    } catch (Exception e) {
      out.println("The database command failed: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
    }
  }

  public static void backup(Path directory, String password, Path target, PrintStream out)
      throws Exception {
    Optional<RunningDatabase> running = RunningDatabase.in(directory);
    if (running.isPresent()) {
      RunningDatabase database = running.get();
      DatabaseBackup.backup(
          database.jdbcUrl(), DatabaseAccess.USER, database.password(), directory, target);
    } else {
      try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false, true, password)) {
        DatabaseBackup.backup(
            database.jdbcUrl(), database.user(), database.password(), directory, target);
      }
    }
    out.printf("Backed up %s into %s (%d bytes)%n", directory, target, Files.size(target));
  }

  public static void restore(Path backup, Path directory, String password, PrintStream out)
      throws Exception {
    DatabaseBackup.restore(backup, directory);
    // The first start replays the log the backup carries; after it the folder is an ordinary one.
    try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false, true, password)) {
      out.printf(
          "Restored %s into %s. Start Tandem on it, after checking the audit chain:"
              + " --tandem.audit.verify%n",
          backup, database.directory());
    }
  }
}
