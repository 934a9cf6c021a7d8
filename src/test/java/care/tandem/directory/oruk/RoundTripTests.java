package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.directory.TandemTaxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Export, import into an empty directory, export again: the same data, in JSON and in CSV. */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class RoundTripTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final OrukImporter.Importer TEST = new OrukImporter.Importer(null, null, "test");

  @Autowired OrukImporter importer;
  @Autowired OrukSources sources;
  @Autowired OrukExport export;
  @Autowired JdbcClient jdbc;

  DirectoryFixtures fixtures;

  @BeforeEach
  void aDirectoryWithListings() {
    fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    importer.importJson(OrukExamples.example("service_full.json"), false, TEST);
    importer.importJson(OrukExamples.example("organization_full.json"), false, TEST);
    fixtures
        .service("Walk and Talk \"Group\", Tuesdays")
        .needs(TandemTaxonomy.PEER_SUPPORT)
        .at("ST5 5BG", 53.0, -2.27)
        .opens("TU", "10:00", "12:00")
        .costs("2.50")
        .ages(18, null)
        .language("Welsh", "cy")
        .save();
  }

  @Test
  void jsonComesBackTheSame() {
    String first = json();

    fixtures.removeAllListings();
    ImportReport report = importer.importJson(first.getBytes(StandardCharsets.UTF_8), false, TEST);

    assertThat(report.rejected()).as(report.summary()).isEmpty();
    assertThat(json()).isEqualTo(first);
  }

  @Test
  void theCsvDatapackageComesBackTheSame() throws IOException {
    byte[] first = datapackage();
    String json = json();

    fixtures.removeAllListings();
    ImportReport report = sources.importUpload(first, false, TEST);

    assertThat(report.rejected()).as(report.summary()).isEmpty();
    assertThat(files(datapackage())).isEqualTo(files(first));
    assertThat(json()).isEqualTo(json);
  }

  String json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  byte[] datapackage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeDatapackage(out);
    return out.toByteArray();
  }

  static Map<String, String> files(byte[] zip) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
