package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.directory.TandemTaxonomy;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class OrukApiTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired OrukSources sources;
  @LocalServerPort int port;

  UUID walk;
  UUID money;

  @BeforeEach
  void listings() {
    DirectoryFixtures fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    fixtures.postcode("ST5 5BG", 53.0, -2.27);
    walk =
        fixtures
            .service("Walk and talk")
            .description("A gentle walk for people with back pain.")
            .needs(TandemTaxonomy.PEER_SUPPORT)
            .at("ST5 5BG", 53.0, -2.27)
            .opens("TU", "10:00", "12:00")
            .ages(18, 65)
            .save();
    money =
        fixtures
            .service("Money advice")
            .description("Help with debt.")
            .needs(TandemTaxonomy.MONEY_AND_DEBT)
            .at("ST4 1AA", 53.5, -2.0)
            .opens("MO,WE", "09:00", "17:00")
            .ages(25, null)
            .save();
  }

  @Test
  void theRootSaysWhichVersionAndProfile() throws Exception {
    mvc.perform(get("/oruk/"))
        .andExpect(status().isOk())
        .andExpect(header().string("Access-Control-Allow-Origin", "*"))
        .andExpect(jsonPath("$.version").value("3.0"))
        .andExpect(jsonPath("$.profile").exists())
        .andExpect(jsonPath("$.openapi_url").exists());
  }

  @Test
  void servicesArePagedWithTheOrukWrapper() throws Exception {
    MvcResult result =
        mvc.perform(get("/oruk/services?per_page=1"))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "*"))
            .andExpect(jsonPath("$.total_items").value(2))
            .andExpect(jsonPath("$.total_pages").value(2))
            .andExpect(jsonPath("$.page_number").value(1))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.first_page").value(true))
            .andExpect(jsonPath("$.last_page").value(false))
            .andExpect(jsonPath("$.empty").value(false))
            .andExpect(jsonPath("$.contents[0].name").value("Money advice"))
            .andExpect(jsonPath("$.contents[0].organization.name").exists())
            .andReturn();
    assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    assertThat(result.getRequest().getSession(false)).isNull();

    mvc.perform(get("/oruk/services?page=5&per_page=1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total_items").value(2))
        .andExpect(jsonPath("$.total_pages").value(2))
        .andExpect(jsonPath("$.page_number").value(5))
        .andExpect(jsonPath("$.empty").value(true))
        .andExpect(jsonPath("$.last_page").value(true))
        .andExpect(jsonPath("$.contents", Matchers.hasSize(0)));
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    expectNames("taxonomy_term_id=" + TandemTaxonomy.PEER_SUPPORT, "Walk and talk");
    expectNames("taxonomy_id=" + TandemTaxonomy.NEEDS, "Money advice", "Walk and talk");
    expectNames("search=debt", "Money advice");
    expectNames("minimum_age=70", "Money advice");
    expectNames("maximum_age=20", "Walk and talk");
    expectNames("day=TU", "Walk and talk");
    expectNames("day=wednesday&start_time=16:00&end_time=17:00", "Money advice");
    expectNames("day=TU&start_time=11:30", "Walk and talk");
    expectNames("day=TU&start_time=12:30");
  }

  @Test
  void servicesAtLocationsNearAPostcode() throws Exception {
    mvc.perform(get("/oruk/service_at_locations?postcode=st55bg&proximity=1000"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total_items").value(1))
        .andExpect(jsonPath("$.contents[0].service.name").value("Walk and talk"))
        .andExpect(jsonPath("$.contents[0].location.addresses[0].postal_code").value("ST5 5BG"));
    MvcResult all =
        mvc.perform(get("/oruk/service_at_locations?postcode=ST5 5BG"))
            .andExpect(jsonPath("$.total_items").value(2))
            .andExpect(jsonPath("$.contents[0].service.name").value("Walk and talk"))
            .andReturn();
    String id =
        com.jayway.jsonpath.JsonPath.read(
            all.getResponse().getContentAsString(), "$.contents[1].id");
    mvc.perform(get("/oruk/service_at_locations/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.service.name").value("Money advice"))
        .andExpect(jsonPath("$.location.location_type").value("physical"));
  }

  @Test
  void oneServiceIsFullyNested() throws Exception {
    mvc.perform(get("/oruk/services/" + walk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schedules[0].opens_at").value("10:00:00"))
        .andExpect(
            jsonPath("$.attributes[0].taxonomy_term.id")
                .value(TandemTaxonomy.PEER_SUPPORT.toString()))
        .andExpect(jsonPath("$.service_at_locations[0].location.latitude").value(53.0))
        .andExpect(
            jsonPath("$.last_modified")
                .value(
                    Matchers.matchesPattern(
                        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")));
  }

  @Test
  void taxonomiesAndTerms() throws Exception {
    mvc.perform(get("/oruk/taxonomies"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.contents[?(@.id == '" + TandemTaxonomy.NEEDS + "')].name")
                .value("Tandem needs"));
    mvc.perform(get("/oruk/taxonomies/" + TandemTaxonomy.ACCESS))
        .andExpect(jsonPath("$.name").value("Tandem access"));
    mvc.perform(get("/oruk/taxonomy_terms?per_page=500"))
        .andExpect(jsonPath("$.total_items").value(Matchers.greaterThanOrEqualTo(20)));
    mvc.perform(get("/oruk/taxonomy_terms/" + TandemTaxonomy.PEER_SUPPORT))
        .andExpect(jsonPath("$.code").value("peer-support"));
  }

  @Test
  void badParametersAreA400ThatSaysWhy() throws Exception {
    expectBad("/oruk/services?page=0", "page must be 1 or more");
    expectBad("/oruk/services?per_page=501", "per_page must be between 1 and 500");
    expectBad("/oruk/services?per_page=0", "per_page must be between 1 and 500");
    expectBad("/oruk/services?page=x", "page must be a whole number");
    expectBad("/oruk/services/not-a-uuid", "id must be a UUID");
    expectBad("/oruk/services?taxonomy_term_id=x", "taxonomy_term_id must be a UUID");
    expectBad("/oruk/service_at_locations?postcode=NOPE", "postcode must be a UK postcode");
    expectBad("/oruk/services?day=someday", "day must be");
    expectBad("/oruk/services?start_time=25:00", "start_time must be a time");
    expectBad("/oruk/services?minimum_age=-1", "minimum_age must be an age");
    expectBad("/oruk/taxonomies/x", "id must be a UUID");
  }

  @Test
  void unknownIdsAreA404() throws Exception {
    for (String path :
        new String[] {"services", "service_at_locations", "taxonomies", "taxonomy_terms"}) {
      mvc.perform(get("/oruk/" + path + "/" + UUID.randomUUID()))
          .andExpect(status().isNotFound())
          .andExpect(header().string("Access-Control-Allow-Origin", "*"))
          .andExpect(jsonPath("$.status").value(404));
    }
  }

  @Test
  void aFeedIsWalkedAndImported() {
    ImportReport report =
        sources.importFrom(
            "http://localhost:" + port + "/oruk/",
            false,
            new OrukImporter.Importer(null, null, "test"));

    assertThat(report.rejected()).as(report.summary()).isEmpty();
    assertThat(report.services()).isEqualTo(2);
  }

  @Test
  void anUnreachableFeedIsReported() {
    ImportReport report =
        sources.importFrom(
            "http://localhost:" + port + "/oruk/nothing-here",
            true,
            new OrukImporter.Importer(null, null, "test"));

    assertThat(report.accepted()).isFalse();
    assertThat(report.summary()).contains("answered 4");
  }

  private void expectNames(String query, String... names) throws Exception {
    mvc.perform(get("/oruk/services?" + query))
        .andExpect(status().isOk())
        .andExpect(
            names.length == 0
                ? jsonPath("$.contents").isEmpty()
                : jsonPath("$.contents[*].name").value(Matchers.contains((Object[]) names)));
  }

  private void expectBad(String path, String message) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Access-Control-Allow-Origin", "*"))
        .andExpect(jsonPath("$.detail").value(Matchers.startsWith(message)));
  }
}
