package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.system.database.DatabaseCommand;
import care.tandem.system.database.EmbeddedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documented backup and restore (docs/operations.md): a backup of the running embedded
 * database, restored into an empty data folder, starts with every audit entry in place and the
 * chain unbroken.
 */
@FullApplicationTest
class BackupAndRestoreTests {

  @Autowired EmbeddedDatabase database;
  @Autowired AuditLog auditLog;
  @Autowired JdbcClient jdbc;

  @TempDir Path folder;

  @Test
  void restoresABackupTakenWhileTandemRunsIntoAnEmptyFolderWithTheAuditChainUnbroken()
      throws Exception {
    String who = "backup-" + UUID.randomUUID();
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", who)));
    Map<String, Object> ours =
        jdbc.sql("select id, hash from audit_event where details::text like ?")
            .param("%" + who + "%")
            .query()
            .singleRow();
    Path backup = folder.resolve("tandem-backup.zip");
    Path restored = folder.resolve("restored");

    DatabaseCommand.backup(database.directory(), "", backup, quiet());
    DatabaseCommand.restore(backup, restored, "", quiet());

    try (EmbeddedDatabase copy = EmbeddedDatabase.start(restored, false, false, null)) {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setUrl(copy.jdbcUrl());
      dataSource.setUser(copy.user());
      dataSource.setPassword(copy.password());
      JdbcClient restoredJdbc = JdbcClient.create(dataSource);

      ChainVerification chain = new AuditChainVerifier(restoredJdbc).verify();

      assertThat(chain.intact()).as(chain.summary()).isTrue();
      assertThat(
              restoredJdbc
                  .sql("select hash from audit_event where id = ?")
                  .param(ours.get("id"))
                  .query(String.class)
                  .single())
          .isEqualTo(ours.get("hash"));
    }
  }

  @Test
  void refusesToRestoreOverAFolderThatHoldsSomething() throws Exception {
    Path occupied = Files.createDirectories(folder.resolve("occupied"));
    Files.writeString(occupied.resolve("PG_VERSION"), "17\n");

    assertThatThrownBy(
            () -> DatabaseCommand.restore(folder.resolve("any.zip"), occupied, "", quiet()))
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(occupied.resolve("PG_VERSION"))).isEqualTo("17\n");
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
