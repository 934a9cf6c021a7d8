package care.tandem.fhir;

import static care.tandem.fhir.SmartBackendServicesTests.CREATE;
import static care.tandem.fhir.SmartBackendServicesTests.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.fhir.smart.SmartScopes;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.Instruments;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SMART Backend Services refusals (issue 13, section 7): replayed, expired, wrongly addressed,
 * wrongly signed and unsigned client assertions, unknown and revoked clients, scope escalation, and
 * old-style tokens past their end date. Each is the right 4xx, grants and stores nothing, and is
 * audited.
 */
@FullApplicationTest
class SmartRefusalTests {

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

  SmartBackendServicesTests setUp;
  FhirHttp http;
  TestAccounts testAccounts;
  UUID trust;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    // The same fixtures as the successful path: a person the test organisation cares for.
    setUp = new SmartBackendServicesTests();
    setUp.fhir = fhir;
    setUp.clients = clients;
    setUp.port = port;
    setUp.publicAddress = publicAddress;
    setUp.testAccounts = testAccounts;
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    trust = teams.organisation();
    setUp.trust = trust;
    setUp.person = teams.personCaredForBy(teams.practitionerIn(trust, Discipline.GP));
  }

  @Test
  void badClientAssertionsGetNoTokenAndEachIsAuditedWithItsReason() throws Exception {
    SmartTestClient system = setUp.registered(READ);
    SmartTestClient impostor = new SmartTestClient(port, publicAddress);
    impostor.id = system.id;
    String once = system.assertion();
    assertThat(system.token(READ, once).statusCode()).isEqualTo(200);

    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("replayed", once);
    refused.put(
        "expired",
        system.assertion(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)))));
    refused.put("audience", system.assertion(c -> c.audience("https://elsewhere.example/token")));
    refused.put(
        "lifetime",
        system.assertion(c -> c.expirationTime(Date.from(Instant.now().plusSeconds(3600)))));
    refused.put("signature", SmartTestClient.signed(system.claims().build(), sameKeyId(system)));
    refused.put("no-matching-key", impostor.assertion());
    refused.put("unsigned", new PlainJWT(system.claims().build()).serialize());
    refused.put("algorithm", hs256(system));
    refused.put("claims", system.assertion(c -> c.subject(UUID.randomUUID().toString())));

    refused.forEach(
        (reason, assertion) -> {
          HttpResponse<String> response = system.token(READ, assertion);
          assertThat(response.statusCode()).as(reason).isEqualTo(400);
          assertThat(SmartTestClient.json(response))
              .as(reason)
              .containsEntry("error", "invalid_client");
          assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        });
    for (String reason :
        new String[] {
          "replayed", "expired", "audience", "lifetime", "signature", "no-matching-key", "claims"
        }) {
      assertThat(deniedFor(system.id, reason)).as(reason).isEqualTo(1);
    }
    // Unsigned and HS256 assertions are refused before anyone is recognised from them.
    assertThat(tokensOf(system.id)).isEqualTo(1);
  }

  @Test
  void unknownAndRevokedClientsGetNoToken() {
    SmartTestClient stranger = new SmartTestClient(port, publicAddress);
    SmartTestClient revoked = setUp.registered(READ);
    clients.revoke(revoked.id, testAccounts.admin());

    HttpResponse<String> unknown = stranger.token(READ, stranger.assertion());
    HttpResponse<String> gone = revoked.token(READ, revoked.assertion());

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(SmartTestClient.json(unknown)).containsEntry("error", "invalid_client");
    assertThat(gone.statusCode()).isEqualTo(400);
    assertThat(SmartTestClient.json(gone)).containsEntry("error", "invalid_client");
    assertThat(deniedFor(revoked.id, "revoked-client")).isEqualTo(1);
    assertThat(tokensOf(revoked.id)).isZero();
  }

  @Test
  void aTokenStopsWorkingWhenItsSystemIsRevoked() {
    SmartTestClient system = setUp.registered(READ);
    String token = system.accessToken(READ);
    assertThat(http.get("/Patient/" + setUp.person, token).statusCode()).isEqualTo(200);

    clients.revoke(system.id, testAccounts.admin());

    assertThat(http.get("/Patient/" + setUp.person, token).statusCode()).isEqualTo(401);
  }

  @Test
  void askingForMoreThanAllowedIsNarrowedOrRefusedAndAReadTokenCannotCreate() {
    SmartTestClient system = setUp.registered(READ);

    HttpResponse<String> onlyMore = system.token(CREATE, system.assertion());
    HttpResponse<String> some = system.token(READ + " " + CREATE, system.assertion());

    assertThat(onlyMore.statusCode()).isEqualTo(400);
    assertThat(SmartTestClient.json(onlyMore)).containsEntry("error", "invalid_scope");
    assertThat(deniedFor(system.id, "scope-not-allowed")).isEqualTo(1);
    assertThat(some.statusCode()).isEqualTo(200);
    assertThat(SmartTestClient.json(some)).containsEntry("scope", READ);
    String readOnly = String.valueOf(SmartTestClient.json(some).get("access_token"));

    HttpResponse<String> create =
        http.post(
            "/QuestionnaireResponse",
            setUp.json(instruments.find("phq-9").orElseThrow(), 1),
            readOnly);

    assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
    assertThat(create.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .contains("insufficient_scope");
    assertThat(http.parse(create, OperationOutcome.class).getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
    assertThat(count("select count(*) from measures_response where person_id = ?")).isZero();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_event where actor = ? and action = 'fhir.request'
                      and outcome = 'denied' and details ->> 'reason' = 'insufficient-scope'
                    """)
                .param(system.id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aScopeForOneTypeReadsThatTypeOnly() {
    SmartTestClient system = setUp.registered("system/Patient.rs system/Observation.rs");
    String token = system.accessToken("system/Patient.r");

    assertThat(http.get("/Patient/" + setUp.person, token).statusCode()).isEqualTo(200);
    assertThat(http.get("/Patient?_id=" + setUp.person, token).statusCode()).isEqualTo(403);
    assertThat(http.get("/CareTeam?patient=" + setUp.person, token).statusCode()).isEqualTo(403);
    assertThat(http.get("/Patient?_revinclude=CareTeam:patient", token).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anOldStyleTokenWorksUntilItsEndDateWithAWarningAndIsRefusedAfter() throws Exception {
    String token = FhirTestClients.register(clients, testAccounts, trust);
    UUID client = FhirTestClients.clientOf(clients, token);
    assertThat(http.get("/Patient/" + setUp.person, token).statusCode()).isEqualTo(200);
    String list =
        mvc.perform(
                get("/admin/fhir-clients")
                    .with(SignedInAs.account(testAccounts.demo("admin@demo.tandem"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(list).text())
        .contains("Uses an old-style token: move to SMART Backend Services by");

    clients.endStaticTokenOn(client, LocalDate.now(ZoneId.of("Europe/London")));
    HttpResponse<String> ended = http.get("/Patient/" + setUp.person, token);

    assertThat(ended.statusCode()).isEqualTo(401);
    assertThat(http.parse(ended, OperationOutcome.class).getIssueFirstRep().getDiagnostics())
        .contains("old-style token");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_event where action = 'fhir.request'
                      and outcome = 'denied' and details ->> 'reason' = 'static-token-ended'
                      and details ->> 'resource' = 'Patient' and occurred_at > now() - interval '1 minute'
                    """)
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void aJwksAddressMustBeHttpsAndAPastedKeyPublic() {
    SmartTestClient system = new SmartTestClient(port, publicAddress);
    assertThat(SmartScopes.understood("system/*.rs")).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> care.tandem.fhir.smart.ClientKeys.publicKeySet(system.key.toJSONString()))
        .hasMessageContaining("private key");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> care.tandem.fhir.smart.ClientKeys.jwksAddress("http://example.org/jwks.json"))
        .hasMessageContaining("https://");
  }

  /** Another key that claims to be the system's (the same key id). */
  private static ECKey sameKeyId(SmartTestClient system) throws JOSEException {
    return new ECKeyGenerator(Curve.P_384).keyID(system.key.getKeyID()).generate();
  }

  private String hs256(SmartTestClient system) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), system.claims().build());
    jwt.sign(new MACSigner(new byte[32]));
    return jwt.serialize();
  }

  private int deniedFor(UUID client, String reason) {
    return jdbc.sql(
            """
            select count(*) from audit_event where action = 'fhir.token' and outcome = 'denied'
              and details ->> 'client' = ? and details ->> 'reason' = ?
            """)
        .params(client.toString(), reason)
        .query(Integer.class)
        .single();
  }

  private int tokensOf(UUID client) {
    return jdbc.sql("select count(*) from fhir_access_token where client_id = ?")
        .param(client)
        .query(Integer.class)
        .single();
  }

  private int count(String sql) {
    return jdbc.sql(sql).param(setUp.person).query(Integer.class).single();
  }
}
