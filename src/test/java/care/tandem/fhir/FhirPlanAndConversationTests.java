package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.conversation.ConversationPosts;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import care.tandem.plan.ActionDraft;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The care plan and the conversation as a registered system reads them over FHIR. */
@FullApplicationTest
class FhirPlanAndConversationTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired People people;
  @Autowired CarePlans plans;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  FhirHttp http;
  TestAccounts testAccounts;
  OrganisationTeams teams;
  ConversationPosts posts;
  Account physio;
  Account patient;
  UUID person;
  String token;

  @BeforeEach
  void setUp() {
    http = new FhirHttp(fhir, port);
    testAccounts = new TestAccounts(accounts, jdbc);
    teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    posts = new ConversationPosts(context);
    UUID trust = teams.organisation();
    physio = teams.practitionerIn(trust, Discipline.PHYSIOTHERAPIST);
    person = teams.personCaredForBy(physio);
    patient = testAccounts.create(Role.PATIENT, null);
    new CareRecords(testAccounts, people, jdbc).link(person, patient);
    token = FhirTestClients.register(clients, testAccounts, trust);
  }

  @Test
  void servesThePlanWithItsGoalsAndActions() {
    LocalDate review = LocalDate.now().plusMonths(2);
    LocalDate due = LocalDate.now().plusWeeks(1);
    plans.addGoal(
        person,
        new GoalDraft(
            PlanSection.SHARED,
            "Walk to the shops",
            "Twenty minutes without stopping",
            physio.id(),
            GoalStatus.IN_PROGRESS,
            review),
        UUID.randomUUID(),
        CareRecords.as(physio));
    plans.addAction(
        person,
        new ActionDraft(
            PlanSection.PAIN_AND_PHYSICAL_FUNCTION, "Try the stretches", null, due, false),
        UUID.randomUUID(),
        CareRecords.as(physio));

    CarePlan plan = http.read("/CarePlan/" + person, token, CarePlan.class);
    Goal goal = (Goal) plan.getContained().get(0);

    assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + person);
    assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
    assertThat(plan.getGoalFirstRep().getReference()).isEqualTo("#" + goal.getIdPart());
    assertThat(goal.getDescription().getText()).isEqualTo("Walk to the shops");
    assertThat(goal.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACTIVE);
    assertThat(goal.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("in-progress");
    assertThat(goal.getTargetFirstRep().getDueDateType().getValueAsString())
        .isEqualTo(review.toString());
    assertThat(goal.getExpressedBy().getIdentifier().getValue())
        .isEqualTo("urn:uuid:" + physio.id());
    assertThat(goal.getNote())
        .extracting(note -> note.getText())
        .anyMatch(t -> t.contains("Twenty"));
    CarePlan.CarePlanActivityDetailComponent action = plan.getActivityFirstRep().getDetail();
    assertThat(action.getDescription()).isEqualTo("Try the stretches");
    assertThat(action.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.NOTSTARTED);
    assertThat(action.getPerformerFirstRep().getReference()).isEqualTo("Patient/" + person);
    assertThat(http.search("/CarePlan?patient=" + person, token).getEntry()).hasSize(1);
    assertThat(http.search("/CarePlan?subject=Patient/" + person, token).getEntry()).hasSize(1);
  }

  @Test
  void servesMessagesWithSenderRecipientsAndWhatTheyAnswer() {
    UUID question =
        posts.post(person, "How did the walk go?", patient.id(), CareRecords.as(physio));
    UUID answer = posts.post(person, "Better than last week.", null, CareRecords.as(patient));

    List<Communication> messages =
        FhirHttp.entries(
            http.search("/Communication?patient=Patient/" + person, token), Communication.class);
    Communication read = http.read("/Communication/" + answer, token, Communication.class);

    assertThat(messages)
        .extracting(m -> m.getIdElement().getIdPart())
        .containsExactly(question.toString(), answer.toString());
    Communication first = messages.get(0);
    assertThat(first.getSender().getIdentifier().getValue()).isEqualTo("urn:uuid:" + physio.id());
    assertThat(first.getRecipient())
        .extracting(Reference::getReference)
        .contains("CareTeam/" + person, "Patient/" + person);
    assertThat(first.getPayloadFirstRep().getContentStringType().getValue())
        .isEqualTo("How did the walk go?");
    assertThat(first.getSent()).isNotNull();
    assertThat(read.getSender().getReference()).isEqualTo("Patient/" + person);
    assertThat(read.getInResponseTo())
        .extracting(Reference::getReference)
        .containsExactly("Communication/" + question);
  }

  @Test
  void neverServesAHiddenMessage() {
    UUID kept = posts.post(person, "See you on Tuesday.", null, CareRecords.as(physio));
    UUID hidden = posts.post(person, "Wrong record, sorry.", null, CareRecords.as(physio));
    posts.hide(hidden, CareRecords.as(testAccounts.demo("admin@demo.tandem")));

    List<Communication> messages =
        FhirHttp.entries(
            http.search("/Communication?subject=" + person, token), Communication.class);

    assertThat(messages)
        .extracting(m -> m.getIdElement().getIdPart())
        .containsExactly(kept.toString());
    assertThat(http.get("/Communication/" + hidden, token).statusCode()).isEqualTo(404);
    assertThat(http.get("/Communication/" + hidden, token).body()).doesNotContain("Wrong record");
  }

  @Test
  void answersNotFoundForAPlanOrMessageOutOfReachAndAuditsIt() {
    UUID message = posts.post(person, "Private to this team.", null, CareRecords.as(physio));
    UUID charity = teams.organisation();
    teams.practitionerIn(charity, Discipline.VOLUNTEER);
    String elsewhere = FhirTestClients.register(clients, testAccounts, charity);
    UUID client = FhirTestClients.clientOf(clients, elsewhere);

    assertThat(http.get("/CarePlan/" + person, elsewhere).statusCode()).isEqualTo(404);
    assertThat(http.get("/Communication/" + message, elsewhere).statusCode()).isEqualTo(404);
    assertThat(http.get("/Communication/" + UUID.randomUUID(), elsewhere).statusCode())
        .isEqualTo(404);
    assertThat(http.search("/Communication?patient=" + person, elsewhere).getEntry()).isEmpty();
    assertThat(http.search("/CarePlan?patient=" + person, elsewhere).getEntry()).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where person = ? and actor = ?"
                        + " and outcome = 'denied'")
                .params(person, client)
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }
}
