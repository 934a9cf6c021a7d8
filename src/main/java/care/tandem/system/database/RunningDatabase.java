package care.tandem.system.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** The embedded database of a Tandem running now, found through its data folder. */
record RunningDatabase(int port, String password) {

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** Present when a live Tandem holds the folder and its server is up (port on line 4). */
  static Optional<RunningDatabase> in(Path dataDirectory) throws IOException {
    Path lockFile = dataDirectory.resolve(OrphanedPostmaster.LOCK_FILE);
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(lockFile) || !Files.exists(pidFile)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = OrphanedPostmaster.tryLock(channel)) {
      if (lock != null) {
        return Optional.empty();
      }
    }
    List<String> lines = Files.readAllLines(pidFile);
    String password = Files.readString(dataDirectory.resolve(DatabaseAccess.PASSWORD_FILE)).strip();
    return Optional.of(new RunningDatabase(Integer.parseInt(lines.get(3).strip()), password));
  }
}
