package care.tandem.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the embedded database taken while it runs, and its restore into an empty folder. The
 * jar ships only the server programs (no pg_dump), so this is PostgreSQL's own base backup through
 * its low-level API: {@code pg_backup_start}, a copy of the data folder, {@code pg_backup_stop},
 * then the write-ahead log the copy needs. Restored and started, the server replays that log and
 * the copy is consistent as of the end of the backup. One zip file, holding the database's password
 * file too, so the restored database opens with it.
 */
public final class DatabaseBackup {

  /** Left out of a base backup, as pg_basebackup leaves them out: made afresh at each start. */
  private static final Set<String> CONTENTS_LEFT_OUT =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private static final Set<String> FILES_LEFT_OUT =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          OrphanedPostmaster.LOCK_FILE,
          "backup_label",
          "tablespace_map");

  private DatabaseBackup() {}

  /** Backs up the running database in {@code dataDirectory} into the zip file {@code target}. */
  public static void backup(
      String jdbcUrl, String user, String password, Path dataDirectory, Path target)
      throws IOException, SQLException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial);
    ownerOnly(partial, "rw-------");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement();
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
      statement.execute("select pg_backup_start('tandem backup', true)");
      copyFolder(dataDirectory, zip);
      try (ResultSet stopped =
          statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
        stopped.next();
        addText(zip, "backup_label", stopped.getString(1));
        String tablespaceMap = stopped.getString(2);
        if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
          addText(zip, "tablespace_map", tablespaceMap);
        }
      }
      // After the stop: every log segment from the start of the backup to its end.
      copyFiles(dataDirectory, dataDirectory.resolve("pg_wal"), zip);
    } catch (IOException | SQLException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void copyFolder(Path dataDirectory, ZipOutputStream zip) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dataDirectory)) {
      all = walk.filter(path -> !path.equals(dataDirectory)).sorted().toList();
    }
    for (Path path : all) {
      Path relative = dataDirectory.relativize(path);
      String top = relative.getName(0).toString();
      if (relative.getNameCount() > 1 && CONTENTS_LEFT_OUT.contains(top)) {
        continue;
      }
      String name = relative.getFileName().toString();
      if (FILES_LEFT_OUT.contains(name) && relative.getNameCount() == 1
          || name.startsWith("pgsql_tmp")
          || name.endsWith(".new")) {
        continue;
      }
      if (Files.isDirectory(path)) {
        zip.putNextEntry(new ZipEntry(entryName(relative) + "/"));
        zip.closeEntry();
      } else {
        addFile(zip, path, relative);
      }
    }
  }

  private static void copyFiles(Path dataDirectory, Path folder, ZipOutputStream zip)
      throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        addFile(zip, path, dataDirectory.relativize(path));
      }
    }
  }

  private static void addFile(ZipOutputStream zip, Path path, Path relative) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      zip.putNextEntry(new ZipEntry(entryName(relative)));
      in.transferTo(zip);
      zip.closeEntry();
    } catch (NoSuchFileException dropped) {
      // A table dropped while the backup ran: the log replays the drop.
    }
  }

  private static void addText(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String entryName(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  /**
   * Unpacks a backup into {@code dataDirectory}, which must be missing or empty: a restore never
   * mixes with, or overwrites, a database.
   */
  public static void restore(Path backup, Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory);
    try (Stream<Path> existing = Files.list(dataDirectory)) {
      if (existing.findAny().isPresent()) {
        throw new IllegalStateException(
            dataDirectory + " is not empty: restore into a new folder, or move this one aside");
      }
    }
    Path root = dataDirectory.toRealPath();
    ownerOnly(root, "rwx------");
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
          throw new IOException("Not a Tandem backup: an entry points outside the folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          ownerOnly(path, "rwx------");
        } else {
          Files.createDirectories(path.getParent());
          try (OutputStream out = Files.newOutputStream(path)) {
            zip.transferTo(out);
          }
          ownerOnly(path, "rw-------");
        }
      }
    }
    if (!Files.isRegularFile(root.resolve("backup_label"))) {
      throw new IOException("Not a Tandem backup: it has no backup_label");
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: nothing to set.
    }
  }
}
