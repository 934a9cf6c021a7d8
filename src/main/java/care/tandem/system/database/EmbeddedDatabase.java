package care.tandem.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 from the binaries shipped in the jar, its data kept in one folder. Plain
 * Java, so the crash test and the backup commands start it exactly as Tandem does.
 *
 * <p>It starts durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on
 * (the embedded library turns them off, being made for tests), so a commit Tandem has acknowledged
 * survives a crash of Java, PostgreSQL or the machine. Only throw-away test databases turn them off
 * ({@code durable = false}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final Path directory;
  private final String password;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, String password) {
    this.postgres = postgres;
    this.directory = directory;
    this.password = password;
  }

  /**
   * Starts the database in {@code directory}, making it on the first start. An orphaned server left
   * there by a crash is stopped first; {@code clean} starts from empty and deletes the folder on
   * close (tests).
   */
  public static EmbeddedDatabase start(
      Path directory, boolean clean, boolean durable, @Nullable String configuredPassword)
      throws IOException {
    Files.createDirectories(directory);
    Path dataDirectory = directory.toRealPath();
    OrphanedPostmaster.clear(dataDirectory);
    String password = DatabaseAccess.password(dataDirectory, configuredPassword);
    Map<String, String> config = serverConfig(durable);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(clean)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofMinutes(5))
            .setConnectConfig("password", password)
            .setDataDirectoryCustomizer(
                folder -> {
                  try {
                    DatabaseAccess.secure(folder.toPath(), password, config);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
    config.forEach(builder::setServerConfig);
    log.info(
        "Starting embedded PostgreSQL in {} ({})",
        dataDirectory,
        durable ? "durable" : "not durable: for tests only");
    return new EmbeddedDatabase(builder.start(), dataDirectory, password);
  }

  static Map<String, String> serverConfig(boolean durable) {
    String on = durable ? "on" : "off";
    Map<String, String> config = new LinkedHashMap<>();
    config.put("fsync", on);
    config.put("synchronous_commit", on);
    config.put("full_page_writes", on);
    config.put("listen_addresses", "localhost");
    // No Unix socket: the only way in is TCP on localhost, with the password.
    config.put("unix_socket_directories", "''");
    // Keeps the WAL a backup taken while Tandem runs needs, however busy it is meanwhile.
    config.put("wal_keep_size", "256MB");
    return config;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public String user() {
    return DatabaseAccess.USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return postgres.getPort();
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
