package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Questionnaires over FHIR: the instruments as Questionnaires, a response created by a system
 * scored by the server (a stated total ignored) and safety-netted like one given on the web, its
 * total as an Observation, and bad responses refused with a 422 that names each problem, storing
 * nothing.
 */
@FullApplicationTest
class FhirMeasuresTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired Instruments instruments;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  FhirHttp http;
  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    Account physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    person = teams.personCaredForBy(physio);
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void servesEveryInstrumentAsAQuestionnaire() {
    Bundle all = http.search("/Questionnaire", token);
    List<String> ids =
        FhirHttp.entries(all, Questionnaire.class).stream()
            .map(q -> q.getIdElement().getIdPart())
            .toList();

    assertThat(ids).contains("phq-9", "gad-7", "phq-4");
    Questionnaire phq9 = http.read("/Questionnaire/phq-9", token, Questionnaire.class);
    assertThat(phq9.getItem()).hasSizeGreaterThanOrEqualTo(9);
    assertThat(http.get("/Questionnaire/no-such-thing", token).statusCode()).isEqualTo(404);
  }

  @Test
  void createdResponseIsScoredByTheServerAndServedWithItsObservation() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    Map<String, Integer> answers = allAt(phq9, 2);
    QuestionnaireResponse sent = response(phq9, answers);
    // The sender's own total, wrong on purpose: it is ignored.
    sent.addItem().setLinkId("44261-6").addAnswer().setValue(new IntegerType(3));

    HttpResponse<String> created = http.post("/QuestionnaireResponse", json(sent), token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = http.parse(created, QuestionnaireResponse.class).getIdElement().getIdPart();
    Observation total = http.read("/Observation/" + id, token, Observation.class);
    assertThat(total.getValueIntegerType().getValue()).isEqualTo(18);
    assertThat(total.getCode().getCoding().get(0).getCode()).isEqualTo("720433000");
    assertThat(total.getCode().getCoding().get(1).getCode()).isEqualTo("44261-6");
    assertThat(total.getDerivedFromFirstRep().getReference())
        .isEqualTo("QuestionnaireResponse/" + id);
    assertThat(total.getInterpretationFirstRep().getText())
        .isEqualToIgnoringCase(phq9.bandOf(18).label());
    QuestionnaireResponse stored =
        http.read("/QuestionnaireResponse/" + id, token, QuestionnaireResponse.class);
    assertThat(stored.getItem()).hasSize(answers.size());
    assertThat(
            FhirHttp.entries(
                http.search("/Observation?patient=Patient/" + person, token), Observation.class))
        .hasSize(1);
  }

  @Test
  void sendingTheSameResponseAgainStoresOne() {
    Instrument gad7 = instruments.find("gad-7").orElseThrow();
    QuestionnaireResponse sent = response(gad7, allAt(gad7, 1));
    sent.getIdentifier().setSystem("https://example.org/proms").setValue("abc-123");

    String first =
        http.parse(
                http.post("/QuestionnaireResponse", json(sent), token), QuestionnaireResponse.class)
            .getIdElement()
            .getIdPart();
    String second =
        http.parse(
                http.post("/QuestionnaireResponse", json(sent), token), QuestionnaireResponse.class)
            .getIdElement()
            .getIdPart();

    assertThat(second).isEqualTo(first);
    assertThat(responsesStored()).isEqualTo(1);
  }

  @Test
  void positiveQuestionNineThroughFhirRaisesOneAlert() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    Map<String, Integer> answers = allAt(phq9, 0);
    String safety =
        phq9.questions().stream()
            .filter(q -> q.safetyAt() != null)
            .findFirst()
            .orElseThrow()
            .linkId();
    answers.put(safety, 1);

    HttpResponse<String> created =
        http.post("/QuestionnaireResponse", json(response(phq9, answers)), token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(
            jdbc.sql("select count(*) from measures_alert where person_id = ?")
                .param(person)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void badResponsesAreRefusedNamingEachProblemAndStoreNothing() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    Map<String, Integer> missingOne = allAt(phq9, 1);
    missingOne.remove(phq9.scoredQuestions().get(0).linkId());
    QuestionnaireResponse notAsked = response(phq9, allAt(phq9, 1));
    notAsked.addItem().setLinkId("favourite-colour").addAnswer().setValue(new IntegerType(2));
    QuestionnaireResponse outOfRange = response(phq9, allAt(phq9, 1));
    outOfRange.getItemFirstRep().getAnswerFirstRep().setValue(new IntegerType(7));
    QuestionnaireResponse unknown = response(phq9, allAt(phq9, 1));
    unknown.setQuestionnaire("https://example.org/Questionnaire/made-up");
    QuestionnaireResponse stranger = response(phq9, allAt(phq9, 1));
    stranger.setSubject(new Reference("Patient/" + UUID.randomUUID()));

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(json(response(phq9, missingOne)), phq9.scoredQuestions().get(0).linkId());
    expected.put(json(notAsked), "favourite-colour");
    expected.put(json(outOfRange), phq9.scoredQuestions().get(0).linkId());
    expected.put(json(unknown), "questionnaire");
    expected.put(json(stranger), "subject");
    expected.forEach(
        (body, named) -> {
          HttpResponse<String> refused = http.post("/QuestionnaireResponse", body, token);
          assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
          assertThat(diagnostics(refused)).contains(named);
        });
    HttpResponse<String> malformed =
        http.post("/QuestionnaireResponse", "{\"resourceType\":", token);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(responsesStored()).isZero();
  }

  private int responsesStored() {
    return jdbc.sql("select count(*) from measures_response where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  private String diagnostics(HttpResponse<String> response) {
    return http.parse(response, OperationOutcome.class).getIssue().stream()
        .map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private static Map<String, Integer> allAt(Instrument instrument, int value) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    instrument.scoredQuestions().forEach(q -> answers.put(q.linkId(), value));
    return answers;
  }

  private QuestionnaireResponse response(Instrument instrument, Map<String, Integer> answers) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire(
        fhir.newJsonParser()
            .parseResource(Questionnaire.class, instrument.questionnaire())
            .getUrl());
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(new Reference("Patient/" + person));
    answers.forEach(
        (linkId, value) -> {
          Instrument.AnswerOption option =
              instrument.question(linkId).orElseThrow().option(value).orElseThrow();
          response
              .addItem()
              .setLinkId(linkId)
              .addAnswer()
              .setValue(new Coding().setCode(option.code()).setDisplay(option.label()));
        });
    return response;
  }

  private String json(QuestionnaireResponse response) {
    return fhir.newJsonParser().encodeResourceToString(response);
  }
}
