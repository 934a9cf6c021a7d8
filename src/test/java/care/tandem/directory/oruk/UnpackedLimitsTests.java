package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A datapackage zip is judged by what it really unpacks to, counted while it is inflated, never by
 * the sizes written in it: a zip bomb is refused after about a megabyte, with a clear reason.
 */
class UnpackedLimitsTests {

  static byte[] bomb;

  @BeforeAll
  static void makeTheBomb() throws IOException {
    bomb = ZipBombs.bomb480Megabytes();
  }

  @Test
  void refusesA480MegabyteCsvInASmallZipByItsRatio() {
    assertThat(bomb.length).isLessThan(500 * 1024);

    ImportBatch batch = CsvDatapackageReader.fromZip(bomb);

    assertThat(batch.problems)
        .singleElement()
        .asString()
        .contains("unpacks to more than 100 times its packed size");
    assertThat(batch.rows).isEmpty();
  }

  @Test
  void refusesAZipOfTooManyFiles() throws IOException {
    ImportBatch batch =
        CsvDatapackageReader.fromZip(ZipBombs.manyEntries(UnpackedLimits.MAXIMUM_ENTRIES + 1));

    assertThat(batch.problems).singleElement().asString().contains("holds more than 64 files");
  }

  @Test
  void readsAnOrdinaryZipPastTheSizeWhereTheRatioIsChecked() throws IOException {
    byte[] zip = ZipBombs.ordinaryServicesCsv(20_000);

    ImportBatch batch = CsvDatapackageReader.fromZip(zip);

    assertThat(batch.problems).isEmpty();
    assertThat(batch.rows).hasSize(20_000);
  }
}
