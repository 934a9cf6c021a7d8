package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class OrukImportTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final String COUNSELLING = "ac148810-d857-441c-9679-408f346de14b";
  static final OrukImporter.Importer TEST = new OrukImporter.Importer(null, null, "test");

  @Autowired OrukImporter importer;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @BeforeEach
  void emptyDirectory() {
    new DirectoryFixtures(jdbc).removeAllListings();
  }

  @Test
  void theFullServiceExampleImportsAndIsServedBackFullyNested() throws Exception {
    ImportReport report =
        importer.importJson(OrukExamples.example("service_full.json"), false, TEST);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.applied()).isTrue();
    assertThat(report.services()).isEqualTo(1);
    assertThat(report.warnings())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "location 3a19ff88-4620-4d17-9830-ac1d859eb5d5: latitude and longitude are not a"
                + " place on Earth, so were not stored",
            "taxonomy_term 3f7b145d-84af-42d7-8fae-eaca714b02b2: parent_id unknown taxonomy term"
                + " 0bc248fa-dc27-4650-9ba4-8f1a24ef16a2, so it was not stored");
    mvc.perform(get("/oruk/services/" + COUNSELLING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Community Counselling"))
        .andExpect(jsonPath("$.assured_date").value("2005-01-01"))
        .andExpect(jsonPath("$.last_modified").value("2023-03-15T10:30:45.123Z"))
        .andExpect(
            jsonPath("$.organization.organization_identifiers[0].identifier").value("1234567"))
        .andExpect(jsonPath("$.schedules[0].opens_at").value("10:00:00"))
        .andExpect(jsonPath("$.schedules[0].byday").value("TH,FR"))
        .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].city").value("MyCity"))
        .andExpect(jsonPath("$.service_at_locations[0].location.latitude").doesNotExist())
        .andExpect(jsonPath("$.cost_options[0].amount").value(35.0))
        .andExpect(jsonPath("$.attributes[0].taxonomy_term.name").value("name"))
        .andExpect(jsonPath("$.contacts[0].name").value("Ann Persona"))
        .andExpect(jsonPath("$.alert").exists())
        .andExpect(jsonPath("$.languages[0].name").doesNotExist());
    assertThat(
            jdbc.sql("select verified_on::text from directory_service where id = ?::uuid")
                .param(COUNSELLING)
                .query(String.class)
                .single())
        .isEqualTo("2005-01-01");
  }

  @Test
  void theOtherExamplesImportCleanly() {
    for (String example :
        new String[] {
          "service_list.json",
          "organization_full.json",
          "service_at_location_full.json",
          "taxonomy.json",
          "taxonomy_term.json",
          "taxonomy_list.json",
          "taxonomy_term_list.json",
          "service_at_location_list.json"
        }) {
      ImportReport report = importer.importJson(OrukExamples.example(example), false, TEST);
      assertThat(report.rejected()).as(example + ": " + report.summary()).isEmpty();
    }
  }

  @Test
  void aDryRunChecksEverythingAndChangesNothing() {
    ImportReport report =
        importer.importJson(OrukExamples.example("service_full.json"), true, TEST);

    assertThat(report.accepted()).isTrue();
    assertThat(report.applied()).isFalse();
    assertThat(report.services()).isEqualTo(1);
    assertThat(report.summary()).contains("Dry run");
    assertThat(jdbc.sql("select count(*) from directory_service").query(Long.class).single())
        .isZero();
  }

  @Test
  void importingAServiceAgainReplacesItsChildren() {
    importer.importJson(OrukExamples.example("service_full.json"), false, TEST);
    String changed =
        new String(OrukExamples.example("service_full.json"), StandardCharsets.UTF_8)
            .replace(
                "\"48102e86-bb50-41c4-8f1e-e269368c41d1\"",
                "\"58102e86-bb50-41c4-8f1e-e269368c41d1\"")
            .replace("Community Counselling", "Community Counselling Plus");

    ImportReport report =
        importer.importJson(changed.getBytes(StandardCharsets.UTF_8), false, TEST);

    assertThat(report.accepted()).as(report.summary()).isTrue();
    assertThat(
            jdbc.sql("select id::text from directory_schedule where service_id = ?::uuid")
                .param(COUNSELLING)
                .query(String.class)
                .list())
        .containsExactly("58102e86-bb50-41c4-8f1e-e269368c41d1");
    assertThat(
            jdbc.sql("select name || ' ' || version from directory_service where id = ?::uuid")
                .param(COUNSELLING)
                .query(String.class)
                .single())
        .isEqualTo("Community Counselling Plus 1");
  }

  @Test
  void theOwnerIsTheAccountWithTheAssurersEmail() {
    String json =
        new String(OrukExamples.example("service_full.json"), StandardCharsets.UTF_8)
            .replace(
                "\"assurer_email\": \"email@example.com\"",
                "\"assurer_email\": \"LEAD@demo.tandem\"");

    importer.importJson(json.getBytes(StandardCharsets.UTF_8), false, TEST);

    assertThat(
            jdbc.sql(
                    "select a.email from directory_service s join account a on a.id ="
                        + " s.owner_account where s.id = ?::uuid")
                .param(COUNSELLING)
                .query(String.class)
                .single())
        .isEqualTo("lead@demo.tandem");
  }
}
