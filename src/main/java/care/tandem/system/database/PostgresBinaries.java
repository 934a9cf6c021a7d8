package care.tandem.system.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL programs shipped in the jar (initdb, pg_ctl, postgres), unpacked by the embedded
 * library into its working folder. The library keeps that folder to itself, so it is asked by
 * reflection; a test starts a database through this class, so a library upgrade that moves it fails
 * the build, not a deployment.
 */
final class PostgresBinaries {

  private PostgresBinaries() {}

  static Path directory() {
    try {
      Method prepare =
          EmbeddedPostgres.class.getDeclaredMethod(
              "prepareBinaries", PgBinaryResolver.class, File.class);
      prepare.setAccessible(true);
      File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
      return directory.toPath();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot find the embedded PostgreSQL programs", e);
    }
  }

  /**
   * The command line for one of the programs. PostgreSQL refuses to run as root, so there (as in a
   * container) it runs in a user namespace, as the embedded library does.
   */
  static List<String> command(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.add("unshare");
      command.add("-U");
    }
    command.add(directory().resolve("bin").resolve(program).toString());
    command.addAll(List.of(arguments));
    return command;
  }
}
