package care.tandem.directory.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ONS Postcode Directory import, on a small file in the ONSPD February 2024 column format. */
@FullApplicationTest
class OnsPostcodeImportTests {

  static final String SAMPLE = "/directory/onspd-sample.csv";

  @Autowired OnsPostcodeImport importer;
  @Autowired JdbcClient jdbc;

  @Test
  void storesLivePostcodesAndTerminatedOnesAndSkipsThoseWithoutCoordinates() throws IOException {
    OnsPostcodeImport.Report report = importSample();

    assertThat(report).isEqualTo(new OnsPostcodeImport.Report(7, 5, 1, 1, 1));
    assertThat(report.summary())
        .isEqualTo(
            "Read 7 postcodes: stored 5 (1 terminated), skipped 1 without coordinates,"
                + " rejected 1 that could not be read.");
    Map<String, Object> row =
        jdbc.sql("select * from directory_postcode where postcode = 'ST55BG'").query().singleRow();
    assertThat((Double) row.get("latitude")).isEqualTo(53.00335);
    assertThat((Double) row.get("longitude")).isEqualTo(-2.27269);
    assertThat(row.get("terminated_on")).isNull();
    assertThat(
            jdbc.sql("select terminated_on::text from directory_postcode where postcode = 'ST41AA'")
                .query(String.class)
                .single())
        .isEqualTo("2005-12-01");
    assertThat(
            jdbc.sql("select count(*) from directory_postcode where postcode = 'ST79ZZ'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void importingAgainUpdatesRatherThanDuplicates() throws IOException {
    importSample();
    jdbc.sql("update directory_postcode set latitude = 1 where postcode = 'SE17EH'").update();

    assertThat(importSample().stored()).isEqualTo(5);
    assertThat(
            jdbc.sql("select latitude from directory_postcode where postcode = 'SE17EH'")
                .query(Double.class)
                .single())
        .isEqualTo(51.49838);
  }

  @Test
  void readsColumnsByNameInAnyCase() throws IOException {
    String csv = "LONG,PCD7,LAT,DOTERM\n-1.54332,LS1 1UR,53.79737,\n";

    assertThat(importer.importFrom(new StringReader(csv)).stored()).isEqualTo(1);
  }

  @Test
  void refusesAFileThatIsNotTheOnsPostcodeDirectory() {
    assertThatThrownBy(() -> importer.importFrom(new StringReader("name,email\nSam,s@x\n")))
        .isInstanceOf(OnsPostcodeImport.NotOnspdException.class);
  }

  @Test
  void commandPrintsWhatItDidAndExitsWithZero() throws IOException {
    Path file = Files.createTempFile("onspd", ".csv");
    try (var in = getClass().getResourceAsStream(SAMPLE)) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      AtomicInteger status = new AtomicInteger(-1);
      new PostcodeImportCommand(
              importer,
              file.toString(),
              new PrintStream(printed, true, StandardCharsets.UTF_8),
              status::set)
          .run(new DefaultApplicationArguments());

      assertThat(status.get()).isZero();
      assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Read 7 postcodes: stored 5");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void commandSaysWhenThereIsNoFileAndExitsWithOne() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    AtomicInteger status = new AtomicInteger(-1);
    new PostcodeImportCommand(
            importer,
            "/no/such/onspd.csv",
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            status::set)
        .run(new DefaultApplicationArguments());

    assertThat(status.get()).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("There is no file at /no/such/onspd.csv");
  }

  private OnsPostcodeImport.Report importSample() throws IOException {
    try (Reader reader =
        new InputStreamReader(getClass().getResourceAsStream(SAMPLE), StandardCharsets.UTF_8)) {
      return importer.importFrom(reader);
    }
  }
}
