package care.tandem.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost, and the database comes back by itself, after {@code kill -9}. Each
 * round starts a small Java process that runs the embedded database exactly as Tandem does and
 * posts in a loop, printing each post once its commit returns; at a random moment both Java and
 * PostgreSQL are killed together (every fourth round Java alone, leaving PostgreSQL orphaned). The
 * next round starts on the same folder with no hand work. At the end every acknowledged post must
 * be there exactly once. Starts no Spring context: the figures go to {@code target/crash-test.txt}
 * and docs/operations.md.
 */
@Tag("full")
class EmbeddedDatabaseCrashTests {

  private static final int ROUNDS = 20;

  @TempDir Path folder;

  @Test
  void everyAcknowledgedPostSurvivesKillNineOfJavaAndPostgresTogether() throws Exception {
    long began = System.nanoTime();
    Random random = new Random();
    List<String> acknowledged = new ArrayList<>();
    int orphansLeft = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      boolean javaOnly = round % 4 == 0;
      acknowledged.addAll(postUntilKilled(round, random.nextInt(300), javaOnly));
      if (javaOnly) {
        orphansLeft++;
      }
    }

    Map<String, Integer> stored = storedPosts();
    List<String> lost = acknowledged.stream().filter(key -> !stored.containsKey(key)).toList();
    List<String> twice =
        stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    String figures =
        "rounds %d (%d with Java alone killed, PostgreSQL orphaned), posts acknowledged %d,"
                .formatted(ROUNDS, orphansLeft, acknowledged.size())
            + " stored %d, lost %d, stored twice %d, %d s%n"
                .formatted(stored.size(), lost.size(), twice.size(), seconds);
    Files.writeString(Path.of("target", "crash-test.txt"), figures);
    System.out.print(figures);

    assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
    assertThat(lost).as(figures).isEmpty();
    assertThat(twice).as(figures).isEmpty();
  }

  private List<String> postUntilKilled(int round, int millis, boolean javaOnly) throws Exception {
    Process poster = startPoster(round);
    List<String> acknowledged = new ArrayList<>();
    CompletableFuture<Void> started = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(poster.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  if (line.equals("started")) {
                    started.complete(null);
                  } else if (line.startsWith("round" + round + "-")) {
                    synchronized (acknowledged) {
                      acknowledged.add(line);
                    }
                  }
                }
              } catch (IOException ignored) {
                // the process was killed
              }
              started.complete(null);
            });
    reader.start();
    started.get(3, TimeUnit.MINUTES);
    assertThat(poster.isAlive())
        .as("round %d: the poster came back by itself; its log: %s", round, log(round))
        .isTrue();
    // Killed at a random moment once this round has posted at least once.
    while (poster.isAlive() && isEmpty(acknowledged)) {
      Thread.sleep(10);
    }
    Thread.sleep(millis);

    long postmaster = postmasterPid();
    poster.destroyForcibly();
    if (!javaOnly) {
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
    }
    poster.waitFor(1, TimeUnit.MINUTES);
    reader.join(TimeUnit.MINUTES.toMillis(1));
    synchronized (acknowledged) {
      assertThat(acknowledged).as("round %d posted; its log: %s", round, log(round)).isNotEmpty();
      return List.copyOf(acknowledged);
    }
  }

  private static boolean isEmpty(List<String> acknowledged) {
    synchronized (acknowledged) {
      return acknowledged.isEmpty();
    }
  }

  private Process startPoster(int round) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx128m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            classpath,
            CrashTestPoster.class.getName(),
            folder.resolve("postgres").toString(),
            "round" + round)
        .redirectError(folder.resolve("poster-" + round + ".log").toFile())
        .start();
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
  }

  private String log(int round) {
    try {
      return Files.readString(folder.resolve("poster-" + round + ".log"));
    } catch (IOException e) {
      return "(none)";
    }
  }

  private Map<String, Integer> storedPosts() throws Exception {
    Map<String, Integer> stored = new HashMap<>();
    try (EmbeddedDatabase database =
            EmbeddedDatabase.start(folder.resolve("postgres"), false, true, null);
        Connection connection =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select key from crash_post")) {
      while (rows.next()) {
        stored.merge(rows.getString(1), 1, Integer::sum);
      }
    }
    return stored;
  }
}
