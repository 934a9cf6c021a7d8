package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.fhir.smart.SmartScopes;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SMART Backend Services against the running app: a system registered by an admin gets a token with
 * a client assertion signed by its own key, over real HTTP, and sends a PHQ-9 with it
 * (safety-netted like any other); the capability statement and SMART configuration are open.
 * Refusals: {@link SmartRefusalTests}.
 */
@FullApplicationTest
class SmartBackendServicesTests {

  static final String READ = "system/*.rs";
  static final String CREATE = "system/QuestionnaireResponse.c";

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired Instruments instruments;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @Value("${tandem.public-address}")
  String publicAddress;

  FhirHttp http;
  TestAccounts testAccounts;
  UUID trust;
  UUID person;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    trust = teams.organisation();
    Account physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    person = teams.personCaredForBy(physio);
  }

  @Test
  void anAdminRegistersASystemOnThePageAndItGetsATokenOverHttp() throws Exception {
    SmartTestClient system = new SmartTestClient(port, publicAddress);
    String name = "Riverside PROMs " + UUID.randomUUID();
    Account admin = testAccounts.demo("admin@demo.tandem");

    MockHttpServletResponse registered =
        mvc.perform(
                post("/admin/fhir-clients/new")
                    .with(SignedInAs.account(admin))
                    .with(csrf())
                    .param("name", name)
                    .param("organisation", clients.organisations().get(0).id().toString())
                    .param("jwksUrl", "")
                    .param("publicKey", system.publicJwk())
                    .param("scopes", READ, CREATE)
                    .param("idempotencyKey", UUID.randomUUID().toString()))
            .andReturn()
            .getResponse();

    assertThat(registered.getRedirectedUrl()).startsWith("/admin/fhir-clients/");
    system.id = UUID.fromString(registered.getRedirectedUrl().substring(20));
    String page =
        mvc.perform(get(registered.getRedirectedUrl()).with(SignedInAs.account(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(page).text())
        .contains(name, "Client ID " + system.id, system.audience(), READ, CREATE);

    HttpResponse<String> token = system.token(READ + " " + CREATE, system.assertion());

    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(token.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, Object> json = SmartTestClient.json(token);
    assertThat(json)
        .containsEntry("token_type", "bearer")
        .containsEntry("expires_in", 300L)
        .containsEntry("scope", READ + " " + CREATE);
    String accessToken = String.valueOf(json.get("access_token"));
    assertThat(http.read("/Questionnaire/phq-9", accessToken, Questionnaire.class).getUrl())
        .isNotBlank();
    assertThat(testAccounts.auditCount("fhir.token", "client", system.id.toString())).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from fhir_access_token where token_hash = ?")
                .param(accessToken)
                .query(Integer.class)
                .single())
        .as("only the hash is kept")
        .isZero();
  }

  @Test
  void aSystemCreatesAPhq9ResponseWithItsTokenAndQuestionNineRaisesTheAlert() {
    SmartTestClient system = registered(READ + " " + CREATE);
    String token = system.accessToken(CREATE + " " + READ);
    Instrument phq9 = instruments.find("phq-9").orElseThrow();

    HttpResponse<String> quiet = http.post("/QuestionnaireResponse", json(phq9, 0), token);
    HttpResponse<String> crisis = http.post("/QuestionnaireResponse", json(phq9, 1), token);

    assertThat(quiet.statusCode()).as(quiet.body()).isEqualTo(201);
    assertThat(crisis.statusCode()).as(crisis.body()).isEqualTo(201);
    String id = http.parse(quiet, QuestionnaireResponse.class).getIdElement().getIdPart();
    assertThat(http.read("/QuestionnaireResponse/" + id, token, QuestionnaireResponse.class))
        .isNotNull();
    assertThat(count("select count(*) from measures_response where person_id = ?")).isEqualTo(2);
    assertThat(count("select count(*) from measures_alert where person_id = ?")).isEqualTo(1);
  }

  @Test
  void aSystemWhoseKeysAreAtAJwksAddressGetsATokenWithThem() throws Exception {
    SmartTestClient system = new SmartTestClient(port, publicAddress);
    byte[] jwks = ("{\"keys\":[" + system.publicJwk() + "]}").getBytes(StandardCharsets.UTF_8);
    HttpServer keys = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    keys.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    keys.start();
    try {
      String address = "http://localhost:" + keys.getAddress().getPort() + "/jwks.json";
      system.id =
          clients
              .registerSmart(
                  "JWKS system " + UUID.randomUUID(),
                  trust,
                  new FhirClients.SmartKeys(address, null, SmartScopes.parse(READ)),
                  UUID.randomUUID(),
                  testAccounts.admin())
              .id();

      String token = system.accessToken(READ);

      assertThat(http.get("/Patient/" + person, token).statusCode()).isEqualTo(200);
    } finally {
      keys.stop(0);
    }
  }

  @Test
  void v1ScopesWorkToo() {
    SmartTestClient system = registered(READ + " " + CREATE);

    String token = system.accessToken("system/*.read system/QuestionnaireResponse.write");

    assertThat(http.get("/Patient/" + person, token).statusCode()).isEqualTo(200);
    assertThat(
            http.post(
                    "/QuestionnaireResponse",
                    json(instruments.find("phq-9").orElseThrow(), 0),
                    token)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void anyoneReadsTheCapabilityStatementAndItNamesTandemAndItsTokenEndpoint() {
    HttpResponse<String> response = http.getWithoutToken("/metadata");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    CapabilityStatement statement = http.parse(response, CapabilityStatement.class);
    assertThat(statement.getSoftware().getName()).isEqualTo("Tandem");
    assertThat(statement.getSoftware().getVersion()).isNotBlank();
    assertThat(statement.getPublisher()).isNotBlank().doesNotContainIgnoringCase("hapi");
    var security = statement.getRestFirstRep().getSecurity();
    assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("SMART-on-FHIR");
    assertThat(
            security
                .getExtensionByUrl(TandemCapabilities.OAUTH_URIS)
                .getExtensionByUrl("token")
                .getValue()
                .primitiveValue())
        .isEqualTo(new SmartTestClient(port, publicAddress).audience());
  }

  @Test
  void theSmartConfigurationDescribesBackendServicesBesideTheServerAndAtTheRoot() {
    for (String path :
        List.of("/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration")) {
      HttpResponse<String> response = http.getAbsoluteWithoutToken(path);

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(SmartTestClient.json(response))
          .as(path)
          .containsEntry("token_endpoint", new SmartTestClient(port, publicAddress).audience())
          .containsEntry("grant_types_supported", List.of("client_credentials"))
          .containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt"))
          .containsEntry(
              "token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"))
          .containsEntry("scopes_supported", SmartScopes.SUPPORTED);
      assertThat((List<Object>) SmartTestClient.json(response).get("capabilities"))
          .contains("client-confidential-asymmetric", "permission-v2");
    }
  }

  /** A system registered for the test organisation with these scopes, by the admin's service. */
  SmartTestClient registered(String scopes) {
    SmartTestClient system = new SmartTestClient(port, publicAddress);
    system.id =
        clients
            .registerSmart(
                "Test SMART system " + UUID.randomUUID(),
                trust,
                new FhirClients.SmartKeys(
                    null, "{\"keys\":[" + system.publicJwk() + "]}", SmartScopes.parse(scopes)),
                UUID.randomUUID(),
                testAccounts.admin())
            .id();
    return system;
  }

  /** A PHQ-9 about the test's person, every question at 0 and question 9 at the value given. */
  String json(Instrument phq9, int questionNine) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire(
        fhir.newJsonParser().parseResource(Questionnaire.class, phq9.questionnaire()).getUrl());
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(new Reference("Patient/" + person));
    phq9.scoredQuestions()
        .forEach(
            question -> {
              int value = question.safetyAt() != null ? questionNine : 0;
              Instrument.AnswerOption option = question.option(value).orElseThrow();
              response
                  .addItem()
                  .setLinkId(question.linkId())
                  .addAnswer()
                  .setValue(new Coding().setCode(option.code()).setDisplay(option.label()));
            });
    return fhir.newJsonParser().encodeResourceToString(response);
  }

  private int count(String sql) {
    return jdbc.sql(sql).param(person).query(Integer.class).single();
  }
}
