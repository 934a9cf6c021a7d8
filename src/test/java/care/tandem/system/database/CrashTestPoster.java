package care.tandem.system.database;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The child process of {@link EmbeddedDatabaseCrashTests}: starts the embedded database in the
 * given folder exactly as Tandem does (durable, recovering from whatever the last crash left), then
 * posts rows one commit at a time and prints each key only once its commit has returned: a printed
 * key is an acknowledged post. Runs until it is killed.
 */
final class CrashTestPoster {

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    String round = args[1];
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    EmbeddedDatabase database = EmbeddedDatabase.start(folder, false, true, null);
    try (Connection connection =
        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      try (Statement statement = connection.createStatement()) {
        // No unique key on purpose, so a post stored twice would show.
        statement.execute(
            "create table if not exists crash_post (id bigserial, key text not null)");
      }
      out.println("started");
      out.flush();
      try (PreparedStatement insert =
          connection.prepareStatement("insert into crash_post (key) values (?)")) {
        for (long n = 0; ; n++) {
          String key = round + "-" + n;
          insert.setString(1, key);
          insert.executeUpdate();
          out.println(key);
          out.flush();
        }
      }
    }
  }
}
