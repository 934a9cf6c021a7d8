package care.tandem.system.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crash leaves in the data folder before the database starts. When Java is killed,
 * its PostgreSQL lives on and holds {@code postmaster.pid}; when both are killed, the file stays
 * behind and the dead server's workers may take a moment to go. A live Tandem holds the lock file
 * for as long as it runs, so a folder whose lock is free has no owner, and a server still running
 * in it is an orphan: it is asked to stop as {@code pg_ctl stop -m fast} would, and crash recovery
 * at the next start replays what it had committed.
 */
final class OrphanedPostmaster {

  static final String LOCK_FILE = "epg-lock";
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

  private OrphanedPostmaster() {}

  static void clear(Path dataDirectory) throws IOException {
    refuseIfInUse(dataDirectory);
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (Files.isRegularFile(pidFile)) {
      Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory, pidFile);
      if (postmaster.isPresent()) {
        log.warn(
            "An embedded PostgreSQL (process {}) was left running in {} by a Tandem that stopped"
                + " without closing it: stopping it",
            postmaster.get().pid(),
            dataDirectory);
        stop(postmaster.get());
      }
      if (Files.isRegularFile(pidFile)) {
        // Its server is gone (or the number now belongs to another program): PostgreSQL would
        // refuse to start while the file names a live process, so it goes.
        log.warn("Removing the stale postmaster.pid left in {}", dataDirectory);
        Files.deleteIfExists(pidFile);
      }
    }
    waitForLeftoverWorkers(dataDirectory);
  }

  private static void refuseIfInUse(Path dataDirectory) throws IOException {
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (lock == null) {
        throw new IllegalStateException(
            "Another Tandem is running on the embedded database in "
                + dataDirectory
                + ": stop it first, or give this one its own tandem.embedded-database.directory");
      }
    }
  }

  /** Null while another process, or this one, holds the folder. */
  static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      return null;
    }
  }

  private static Optional<ProcessHandle> postmasterOf(Path dataDirectory, Path pidFile)
      throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(process -> isPostgresIn(process, dataDirectory));
  }

  /** A PostgreSQL process works in its data folder; its command line names it too. */
  private static boolean isPostgresIn(ProcessHandle process, Path dataDirectory) {
    boolean postgres =
        process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    if (!postgres) {
      return false;
    }
    Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
    try {
      if (Files.isSymbolicLink(cwd)) {
        return Files.readSymbolicLink(cwd).equals(dataDirectory);
      }
    } catch (IOException | SecurityException unreadable) {
      // fall back to the command line below
    }
    return process
        .info()
        .arguments()
        .map(arguments -> List.of(arguments).contains(dataDirectory.toString()))
        .orElse(false);
  }

  private static void stop(ProcessHandle postmaster) throws IOException {
    try {
      // SIGINT is PostgreSQL's fast shutdown: open transactions roll back, a clean checkpoint.
      new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
          .redirectErrorStream(true)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException noKillCommand) {
      postmaster.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
    }
    if (!awaitExit(postmaster, STOP_WAIT)) {
      log.warn("The orphaned PostgreSQL did not stop in {}: killing it", STOP_WAIT);
      postmaster.destroyForcibly();
      awaitExit(postmaster, STOP_WAIT);
    }
  }

  /**
   * After the server itself was killed, its workers notice and exit within moments; PostgreSQL will
   * not start while any still holds the shared memory. Linux only (elsewhere the start is simply
   * tried).
   */
  private static void waitForLeftoverWorkers(Path dataDirectory) throws IOException {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return;
    }
    List<ProcessHandle> workers;
    try (Stream<Path> entries = Files.list(proc)) {
      workers =
          entries
              .map(entry -> entry.getFileName().toString())
              .filter(name -> name.matches("\\d+"))
              .map(name -> ProcessHandle.of(Long.parseLong(name)))
              .flatMap(Optional::stream)
              .filter(process -> process.pid() != ProcessHandle.current().pid())
              .filter(process -> isPostgresIn(process, dataDirectory))
              .toList();
    }
    for (ProcessHandle worker : workers) {
      if (!awaitExit(worker, Duration.ofSeconds(10))) {
        log.warn("A worker ({}) of a dead PostgreSQL is still running: killing it", worker.pid());
        worker.destroyForcibly();
        awaitExit(worker, Duration.ofSeconds(10));
      }
    }
  }

  private static boolean awaitExit(ProcessHandle process, Duration wait) {
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
