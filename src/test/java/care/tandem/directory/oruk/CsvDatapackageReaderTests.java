package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the HSDS CSV files: fields as written, and each broken record named by its line. */
class CsvDatapackageReaderTests {

  @TempDir Path directory;

  @Test
  void readsQuotedFieldsAndNamesEachRecordByTheLineItStartsOn() throws IOException {
    ImportBatch batch =
        read(
            "\uFEFFid,name,description\r\n"
                + "1,\"Talking, together\",\"Two\r\nlines\"\r\n"
                + "\r\n"
                + "2,\"Say \"\"hello\"\"\",\r\n");

    assertThat(batch.problems).isEmpty();
    assertThat(batch.rows)
        .extracting(row -> row.source)
        .containsExactly("services.csv line 2", "services.csv line 5");
    assertThat(batch.rows.get(0).raw)
        .containsEntry("id", "1")
        .containsEntry("name", "Talking, together")
        .containsEntry("description", "Two\r\nlines");
    assertThat(batch.rows.get(1).raw)
        .containsEntry("name", "Say \"hello\"")
        .containsEntry("description", "");
  }

  @Test
  void namesARecordWithTooFewFields() throws IOException {
    assertThat(problems(read("id,name\r\n1,Talking\r\n2\r\n")))
        .containsExactly("file services.csv line 3: has 1 fields but the header has 2");
  }

  @Test
  void namesAQuoteThatIsNeverClosed() throws IOException {
    assertThat(problems(read("id,name\r\n1,Talking\r\n2,\"Walking\r\n")))
        .containsExactly("file services.csv line 3: has a quote that is never closed");
  }

  @Test
  void namesTextAfterAClosingQuote() throws IOException {
    assertThat(problems(read("id,name\r\n1,\"Talking\"groups\r\n")))
        .containsExactly("file services.csv line 2: has text after a closing quote");
  }

  private ImportBatch read(String services) throws IOException {
    Files.writeString(directory.resolve("services.csv"), services, StandardCharsets.UTF_8);
    return CsvDatapackageReader.fromDirectory(directory);
  }

  private static java.util.List<String> problems(ImportBatch batch) {
    return batch.problems.stream().map(ImportProblem::toString).toList();
  }
}
