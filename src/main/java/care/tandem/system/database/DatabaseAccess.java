package care.tandem.system.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded database: only Tandem's user, only from this machine, only with
 * its password. The password is the configured one or one made on the first start; either way it is
 * kept in the data folder, readable by its owner only, beside the data it protects. A folder made
 * before this (open to every local user, no password) is brought up to this at its next start.
 */
final class DatabaseAccess {

  static final String USER = "postgres";
  static final String PASSWORD_FILE = "tandem-password";

  static final String HBA =
      """
      # Written by Tandem at every start (docs/operations.md): only Tandem's database user, only
      # from this machine, only with its password. Changes here are overwritten.
      host all postgres 127.0.0.1/32 scram-sha-256
      host all postgres ::1/128 scram-sha-256
      """;

  private static final Logger log = LoggerFactory.getLogger(DatabaseAccess.class);

  private DatabaseAccess() {}

  /** The configured password, else the one kept in the folder, else a new one. */
  static String password(Path dataDirectory, @Nullable String configured) throws IOException {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path kept = dataDirectory.resolve(PASSWORD_FILE);
    if (Files.isRegularFile(kept)) {
      return Files.readString(kept, StandardCharsets.UTF_8).strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /**
   * Runs before the server starts, with nothing listening: sets the password (in single-user mode,
   * so there is never a moment when the user can connect without it) when the folder does not
   * already hold it, then writes the connection rules.
   */
  static void secure(Path dataDirectory, String password, Map<String, String> serverConfig)
      throws IOException {
    Path kept = dataDirectory.resolve(PASSWORD_FILE);
    Path hba = dataDirectory.resolve("pg_hba.conf");
    boolean passwordSet =
        Files.isRegularFile(kept)
            && Files.readString(kept, StandardCharsets.UTF_8).strip().equals(password);
    if (!passwordSet || !Files.isRegularFile(hba) || !Files.readString(hba).equals(HBA)) {
      log.info("Setting the embedded database's password and connection rules");
      setPassword(dataDirectory, password, serverConfig);
      writeOwnerOnly(kept, password + "\n");
      writeOwnerOnly(hba, HBA);
    }
  }

  private static void setPassword(
      Path dataDirectory, String password, Map<String, String> serverConfig) throws IOException {
    String sql;
    try {
      sql = PasswordUtil.genAlterUserPasswordSQL(USER, password.toCharArray(), "scram-sha-256");
    } catch (SQLException e) {
      throw new IOException("Cannot encode the database password", e);
    }
    List<String> arguments = new ArrayList<>(List.of("--single", "-D", dataDirectory.toString()));
    serverConfig.forEach(
        (key, value) -> {
          arguments.add("-c");
          arguments.add(key + "=" + value.replace("'", ""));
        });
    arguments.add("postgres");
    Process single =
        new ProcessBuilder(PostgresBinaries.command("postgres", arguments.toArray(String[]::new)))
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = single.getOutputStream()) {
      in.write((sql + ";\n").getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!single.waitFor(5, TimeUnit.MINUTES)
          || single.exitValue() != 0
          || output.contains("ERROR")) {
        single.destroyForcibly();
        throw new IOException("Could not set the embedded database's password: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while setting the database password", e);
    }
  }

  static void writeOwnerOnly(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temporary);
    Files.createFile(temporary);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data folder's own permissions protect it.
    }
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
