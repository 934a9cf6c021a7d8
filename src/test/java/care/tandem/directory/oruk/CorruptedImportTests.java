package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Broken imports, each problem alone and all together: nothing changes, the report names each. */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class CorruptedImportTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final OrukImporter.Importer TEST = new OrukImporter.Importer(null, null, "test");
  static final String BAD_UUID = "\"id\": \"48102e86-bb50-41c4-8f1e-e269368c41d1\"";
  static final String NO_NAME = "\"name\": \"Community Counselling\",";
  static final String KNOWN_TERM = "\"taxonomy_term\": {";

  @Autowired OrukImporter importer;
  @Autowired OrukSources sources;
  @Autowired OrukExport export;
  @Autowired JdbcClient jdbc;

  String before;

  @BeforeEach
  void aDirectoryWithAListing() {
    new DirectoryFixtures(jdbc).removeAllListings();
    importer.importJson(OrukExamples.example("service_full.json"), false, TEST);
    before = json();
  }

  @Test
  void aBadUuidIsNamed() {
    assertRejected(
        corrupt(BAD_UUID, "\"id\": \"not-a-uuid\""),
        "schedule not-a-uuid: id is not a UUID: not-a-uuid");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertRejected(
        corrupt(NO_NAME, ""), "service ac148810-d857-441c-9679-408f346de14b: name is required");
  }

  @Test
  void anUnknownTaxonomyTermIsNamed() {
    assertRejected(
        corrupt(
            KNOWN_TERM, "\"taxonomy_term_id\": \"11111111-2222-4333-8444-555555555555\", \"x\": {"),
        "attribute ae58cc39-8b70-4ab1-8aea-786882e5ac8e: taxonomy_term_id unknown taxonomy term"
            + " 11111111-2222-4333-8444-555555555555");
  }

  @Test
  void aBrokenCsvRowIsNamedWithItsFileAndLine() throws Exception {
    ImportReport report = sources.importUpload(brokenDatapackage(), false, TEST);

    assertThat(report.applied()).isFalse();
    assertThat(report.rejected())
        .extracting(ImportProblem::toString)
        .contains("file services.csv line 3: has 2 fields but the header has 15");
    assertThat(json()).isEqualTo(before);
  }

  @Test
  void everyProblemTogetherIsNamed() {
    String json =
        new String(OrukExamples.example("service_full.json"), StandardCharsets.UTF_8)
            .replace(BAD_UUID, "\"id\": \"not-a-uuid\"")
            .replace(NO_NAME, "")
            .replace(
                KNOWN_TERM,
                "\"taxonomy_term_id\": \"11111111-2222-4333-8444-555555555555\", \"x\": {")
            .replace("\"status\": \"active\"", "\"status\": \"open\"");

    ImportReport report = importer.importJson(json.getBytes(StandardCharsets.UTF_8), false, TEST);

    assertThat(report.rejected())
        .extracting(ImportProblem::toString)
        .contains(
            "schedule not-a-uuid: id is not a UUID: not-a-uuid",
            "service ac148810-d857-441c-9679-408f346de14b: name is required",
            "service ac148810-d857-441c-9679-408f346de14b: status must be one of active, defunct,"
                + " inactive, temporarily closed, not open",
            "attribute ae58cc39-8b70-4ab1-8aea-786882e5ac8e: taxonomy_term_id unknown taxonomy"
                + " term 11111111-2222-4333-8444-555555555555");
    assertThat(json()).isEqualTo(before);
  }

  @Test
  void notJsonAtAllIsNamed() {
    ImportReport report =
        importer.importJson("{\"id\": ".getBytes(StandardCharsets.UTF_8), true, TEST);

    assertThat(report.rejected())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("file JSON: cannot be read"));
  }

  private void assertRejected(String json, String problem) {
    ImportReport report = importer.importJson(json.getBytes(StandardCharsets.UTF_8), false, TEST);

    assertThat(report.applied()).isFalse();
    assertThat(report.rejected()).extracting(ImportProblem::toString).containsExactly(problem);
    assertThat(report.summary()).contains("nothing was changed").contains(problem);
    assertThat(json()).isEqualTo(before);
  }

  private static String corrupt(String from, String to) {
    String json = new String(OrukExamples.example("service_full.json"), StandardCharsets.UTF_8);
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  private byte[] brokenDatapackage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeDatapackage(out);
    var files = RoundTripTests.files(out.toByteArray());
    files.put("services.csv", files.get("services.csv") + "a,b\r\n");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (var writer = new java.util.zip.ZipOutputStream(zip)) {
      for (var file : files.entrySet()) {
        writer.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
        writer.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        writer.closeEntry();
      }
    }
    return zip.toByteArray();
  }

  private String json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<String> lines(ImportReport report) {
    return report.rejected().stream().map(ImportProblem::toString).toList();
  }
}
