package care.tandem.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.directory.TandemTaxonomy;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of ORUK API answer checked against the compiled UK schemas, with "format" (uuid, uri,
 * email, date-time) asserted rather than treated as a note.
 */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class OrukSchemaValidationTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired OrukImporter importer;

  @BeforeEach
  void listings() {
    DirectoryFixtures fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    importer.importJson(
        OrukExamples.example("service_full.json"),
        false,
        new OrukImporter.Importer(null, null, "test"));
    fixtures
        .service("Walk and talk")
        .needs(TandemTaxonomy.PEER_SUPPORT)
        .placeHas(TandemTaxonomy.STEP_FREE_ACCESS)
        .at("ST5 5BG", 53.0, -2.27)
        .opens("TU", "10:00", "12:00")
        .costs("2.50")
        .language("Welsh", "cy")
        .save();
  }

  @Test
  void servicesMatchTheServiceSchemas() throws Exception {
    JsonNode page = read("/oruk/services?per_page=500");
    assertValid(page, pageSchema());
    assertThat(page.get("contents")).hasSize(2);
    for (JsonNode item : page.get("contents")) {
      assertValid(item, compiled("service_list.json"));
      assertValid(read("/oruk/services/" + item.get("id").asString()), compiled("service.json"));
    }
  }

  @Test
  void servicesAtLocationsMatchTheirSchemas() throws Exception {
    JsonNode page = read("/oruk/service_at_locations?per_page=500");
    assertValid(page, pageSchema());
    assertThat(page.get("contents")).hasSize(2);
    for (JsonNode item : page.get("contents")) {
      assertValid(item, compiled("service_at_location_list.json"));
      assertValid(
          read("/oruk/service_at_locations/" + item.get("id").asString()),
          compiled("service_at_location.json"));
    }
  }

  @Test
  void taxonomiesAndTermsMatchTheirSchemas() throws Exception {
    JsonNode taxonomies = read("/oruk/taxonomies");
    assertValid(taxonomies, pageSchema());
    for (JsonNode item : taxonomies.get("contents")) {
      assertValid(item, plain("taxonomy.json"));
      assertValid(read("/oruk/taxonomies/" + item.get("id").asString()), plain("taxonomy.json"));
    }
    JsonNode terms = read("/oruk/taxonomy_terms?per_page=500");
    assertValid(terms, pageSchema());
    for (JsonNode item : terms.get("contents")) {
      assertValid(item, plain("taxonomy_term.json"));
    }
  }

  @Test
  void formatsAreAssertedNotJustNoted() throws Exception {
    ObjectNode service = (ObjectNode) read("/oruk/services/" + OrukImportTests.COUNSELLING);
    service.put("id", "not-a-uuid");
    service.put("email", "not an email");

    List<Error> errors = validate(service, compiled("service.json"));

    assertThat(errors).extracting(Error::toString).anySatisfy(e -> assertThat(e).contains("uuid"));
    assertThat(errors).extracting(Error::toString).anySatisfy(e -> assertThat(e).contains("email"));
  }

  @Test
  void theCompiledSchemasReferToNothingRemote() {
    for (String name :
        List.of(
            "compiled/service.json",
            "compiled/service_list.json",
            "compiled/service_at_location.json",
            "compiled/service_at_location_list.json",
            "taxonomy.json",
            "taxonomy_term.json")) {
      String text =
          new String(OrukExamples.read(OrukExamples.schema(name)), StandardCharsets.UTF_8);
      java.util.regex.Matcher ref =
          java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]*)\"").matcher(text);
      while (ref.find()) {
        assertThat(ref.group(1)).as(name).doesNotContain("://");
      }
      if (name.startsWith("compiled/")) {
        assertThat(text).as(name).doesNotContain("\"$ref\"");
      }
    }
  }

  private JsonNode read(String path) throws Exception {
    return JSON.readTree(
        mvc.perform(get(path))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static Schema compiled(String name) {
    return plain("compiled/" + name);
  }

  private static Schema plain(String name) {
    return SCHEMAS.getSchema(
        new String(OrukExamples.read(OrukExamples.schema(name)), StandardCharsets.UTF_8));
  }

  private static Schema pageSchema() {
    JsonNode openapi = JSON.readTree(OrukExamples.read(OrukExamples.schema("openapi.json")));
    ObjectNode page = (ObjectNode) openapi.at("/components/schemas/Page").deepCopy();
    page.putArray("required")
        .add("total_items")
        .add("total_pages")
        .add("page_number")
        .add("size")
        .add("first_page")
        .add("last_page")
        .add("empty");
    return SCHEMAS.getSchema(page.toString());
  }

  private static List<Error> validate(JsonNode node, Schema schema) {
    return schema.validate(
        node, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  private static void assertValid(JsonNode node, Schema schema) {
    assertThat(validate(node, schema)).as(node.toString()).isEmpty();
  }
}
