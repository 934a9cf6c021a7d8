package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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

  @Autowired MockMvc mvc;

  FhirHttp http;
  Account physio;
  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID trust = teams.organisation();
    physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
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
  void anExactRepeatIs200WithTheFirstAndTheSameIdentifierWithOtherAnswersIs409() {
    Instrument gad7 = instruments.find("gad-7").orElseThrow();
    QuestionnaireResponse sent = response(gad7, allAt(gad7, 1));
    sent.getIdentifier().setSystem("https://example.org/proms").setValue("abc-123");
    sent.setAuthoredElement(new DateTimeType("2026-11-30T08:15:30.250Z"));
    QuestionnaireResponse changed = response(gad7, allAt(gad7, 2));
    changed.setIdentifier(sent.getIdentifier().copy());
    changed.setAuthoredElement(sent.getAuthoredElement().copy());

    HttpResponse<String> first = http.post("/QuestionnaireResponse", json(sent), token);
    HttpResponse<String> again = http.post("/QuestionnaireResponse", json(sent), token);
    HttpResponse<String> conflicting = http.post("/QuestionnaireResponse", json(changed), token);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    String id = http.parse(first, QuestionnaireResponse.class).getIdElement().getIdPart();
    assertThat(http.parse(again, QuestionnaireResponse.class).getIdElement().getIdPart())
        .isEqualTo(id);
    assertThat(conflicting.statusCode()).as(conflicting.body()).isEqualTo(409);
    assertThat(diagnostics(conflicting)).contains("identifier");
    assertThat(responsesStored()).isEqualTo(1);
    QuestionnaireResponse served =
        http.read("/QuestionnaireResponse/" + id, token, QuestionnaireResponse.class);
    assertThat(served.getIdentifier().getSystem()).isEqualTo("https://example.org/proms");
    assertThat(served.getIdentifier().getValue()).isEqualTo("abc-123");
    assertThat(served.getAuthoredElement().getValue().toInstant())
        .isEqualTo(Instant.parse("2026-11-30T08:15:30.250Z"));
    assertThat(served.getItem())
        .allMatch(item -> item.getAnswerFirstRep().getValueCoding().getCode().equals("LA6569-3"));
  }

  @Test
  void loincsPhq9FormWithQuestionNineAtOneIsScoredLikeOursAndRaisesTheAlert() {
    QuestionnaireResponse sent = loincPhq9(1);

    HttpResponse<String> created = http.post("/QuestionnaireResponse", json(sent), token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = http.parse(created, QuestionnaireResponse.class).getIdElement().getIdPart();
    Observation total = http.read("/Observation/" + id, token, Observation.class);
    assertThat(total.getValueIntegerType().getValue()).isEqualTo(9);
    assertThat(alerts()).isEqualTo(1);
  }

  @Test
  void aResponseThatCannotBeStoredButAnswersQuestionNineAboveZeroRaisesTheAlertWithTheReason()
      throws Exception {
    QuestionnaireResponse sent = loincPhq9(2);
    sent.addItem().setLinkId("/99999-9").addAnswer().setValue(new IntegerType(1));

    HttpResponse<String> refused = http.post("/QuestionnaireResponse", json(sent), token);
    HttpResponse<String> again = http.post("/QuestionnaireResponse", json(sent), token);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(diagnostics(refused)).contains("item /99999-9");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(alerts()).isEqualTo(1);
    assertThat(
            FhirHttp.entries(
                http.search("/QuestionnaireResponse?patient=" + person, token),
                QuestionnaireResponse.class))
        .isEmpty();
    UUID alert =
        jdbc.sql("select id from measures_alert where person_id = ?")
            .param(person)
            .query(UUID.class)
            .single();
    // The clinician signs in with the password an admin set, without changing it first.
    jdbc.sql("update account set password_must_change = false where id = ?")
        .param(physio.id())
        .update();
    var opened =
        mvc.perform(
                get("/alerts/" + alert)
                    .with(SignedInAs.account(accounts.find(physio.id()).orElseThrow())))
            .andReturn()
            .getResponse();
    String page = opened.getContentAsString();
    assertThat(opened.getStatus())
        .as(opened.getRedirectedUrl() + " " + opened.getErrorMessage())
        .isEqualTo(200);
    assertThat(Jsoup.parse(page).text())
        .contains("More than half the days")
        .contains("Not stored as answered")
        .contains("through FHIR and refused: item /99999-9");
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
    assertThat(alerts()).isEqualTo(1);
  }

  @Test
  void anOpenAlertIsAFlagOnThePatientForSystemsThatMayReadTheRecordOnly() {
    http.post("/QuestionnaireResponse", json(loincPhq9(1)), token);
    String stranger =
        FhirTestClients.register(
            clients,
            new TestAccounts(accounts, jdbc),
            new OrganisationTeams(organisations, accounts, new TestAccounts(accounts, jdbc), people)
                .organisation());

    List<Flag> flags =
        FhirHttp.entries(http.search("/Flag?patient=Patient/" + person, token), Flag.class);

    assertThat(flags).hasSize(1);
    Flag flag = flags.get(0);
    assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
    assertThat(flag.getSubject().getReference()).isEqualTo("Patient/" + person);
    assertThat(flag.getCode().getText()).contains("PHQ-9 question 9");
    String id = flag.getIdElement().getIdPart();
    assertThat(http.read("/Flag/" + id, token, Flag.class).getStatus())
        .isEqualTo(Flag.FlagStatus.ACTIVE);
    assertThat(http.get("/Flag/" + id, stranger).statusCode()).isEqualTo(404);
    assertThat(http.search("/Flag?patient=" + person, stranger).getEntry()).isEmpty();
  }

  @Test
  void badResponsesAreRefusedNamingEachProblemAndStoreNothing() {
    Instrument phq9 = instruments.find("phq-9").orElseThrow();
    // Question 9 at 0: a refused response with a worrying answer keeps that answer (above).
    Map<String, Integer> missingOne = allAt(phq9, 1);
    missingOne.put("9", 0);
    missingOne.remove(phq9.scoredQuestions().get(0).linkId());
    Map<String, Integer> quiet = allAt(phq9, 1);
    quiet.put("9", 0);
    QuestionnaireResponse notAsked = response(phq9, quiet);
    notAsked.addItem().setLinkId("favourite-colour").addAnswer().setValue(new IntegerType(2));
    QuestionnaireResponse outOfRange = response(phq9, quiet);
    outOfRange.getItemFirstRep().getAnswerFirstRep().setValue(new IntegerType(7));
    QuestionnaireResponse unknown = response(phq9, quiet);
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

  /** PHQ-9 as LOINC publishes it: linkIds and answers by LOINC code, every item at 1 but 9. */
  private QuestionnaireResponse loincPhq9(int questionNine) {
    List<String> items =
        List.of(
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3");
    List<String> answers = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire("http://loinc.org/q/44249-1");
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(new Reference("Patient/" + person));
    items.forEach(
        code ->
            response
                .addItem()
                .setLinkId("/" + code)
                .addAnswer()
                .setValue(new Coding("http://loinc.org", answers.get(1), null)));
    response
        .addItem()
        .setLinkId("/44260-8")
        .addAnswer()
        .setValue(new Coding("http://loinc.org", answers.get(questionNine), null));
    return response;
  }

  private int alerts() {
    return jdbc.sql("select count(*) from measures_alert where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
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
