package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import care.tandem.system.limits.EndlessBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks on the FHIR interface's request handling (issue 12): a body of any size is refused
 * once past 64 KB however it is sent, and a body in a form the interface does not take is a 415,
 * with nothing of what was sent in the log.
 */
@FullApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class FhirRequestLimitsTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    person = teams.personCaredForBy(teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST));
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void refusesAChunked100MegabyteBodyAfterReadingLittleOfIt() throws Exception {
    int before = storedResponses();

    EndlessBody.Answer answer =
        EndlessBody.post(
            port,
            "/fhir/QuestionnaireResponse",
            Map.of(
                "Authorization", "Bearer " + token,
                "Content-Type", "application/fhir+json",
                "Accept", "application/fhir+json"),
            "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"id\":\"",
            100L * 1024 * 1024);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.headersAndBody()).contains("OperationOutcome").contains("65536 bytes");
    // Answered long before the body ended: the socket buffers, not the server, hold the rest.
    assertThat(answer.bytesSentBeforeAnswer()).isLessThan(16L * 1024 * 1024);
    assertThat(storedResponses()).isEqualTo(before);
  }

  @Test
  void refusesAFormEncodedResponseWith415AndLogsNothingOfIt(CapturedOutput log) throws Exception {
    String marker = "answer-" + UUID.randomUUID();
    String body =
        "resourceType=QuestionnaireResponse&subject=Patient%2F"
            + person
            + "&item=phq9-9&valueInteger=3&text="
            + marker;

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/fhir/QuestionnaireResponse"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
    OperationOutcome outcome =
        fhir.newJsonParser().parseResource(OperationOutcome.class, response.body());
    assertThat(outcome.getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    assertThat(response.body()).doesNotContain(marker).doesNotContain(person.toString());
    assertThat(log.getAll()).doesNotContain(marker).doesNotContain(person.toString());
  }

  @Test
  void refusesABodyWhoseDeclaredLengthIsOverTheLimitWithoutReadingIt() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/fhir/QuestionnaireResponse"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70 * 1024]))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(
            fhir.newJsonParser()
                .parseResource(OperationOutcome.class, response.body())
                .getIssueFirstRep()
                .getCode())
        .isEqualTo(OperationOutcome.IssueType.TOOLONG);
  }

  @Test
  void linksNeverNameTheHostTheRequestGave() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET /fhir/Patient/"
                      + person
                      + " HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                      + token
                      + "\r\nAccept: application/fhir+json\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 200").contains(person.toString());
      assertThat(answer).doesNotContain("evil.example");
    }
  }

  private int storedResponses() {
    return jdbc.sql("select count(*) from measures_response where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }
}
