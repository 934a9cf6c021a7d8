package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.CareRecords;
import care.tandem.care.ConnectedSystems;
import care.tandem.care.ContactMethod;
import care.tandem.care.OrganisationTeams;
import care.tandem.care.People;
import care.tandem.care.PersonDetails;
import care.tandem.care.RecordAccess;
import care.tandem.care.demo.DemoPeople;
import care.tandem.conversation.ConversationPosts;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import care.tandem.measures.CompletedQuestionnaires;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.SenderDetails;
import care.tandem.plan.ActionDraft;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every resource the server hands out, for every person a client can reach (the demo people, and a
 * person with every detail filled in), validates against FHIR R4 with HAPI's validator, without
 * even a warning.
 */
@FullApplicationTest
class ServedResourcesValidateTests {

  /** What a client can fetch about one person: path to resource type. Add a row per new type. */
  static Map<String, Class<? extends IBaseResource>> fetches(UUID person) {
    Map<String, Class<? extends IBaseResource>> fetches = new LinkedHashMap<>();
    fetches.put("/Patient/" + person, Patient.class);
    fetches.put("/Patient?_id=" + person, Bundle.class);
    fetches.put("/CareTeam/" + person, CareTeam.class);
    fetches.put("/CareTeam?patient=Patient/" + person, Bundle.class);
    fetches.put("/CarePlan/" + person, CarePlan.class);
    fetches.put("/CarePlan?patient=" + person, Bundle.class);
    fetches.put("/Communication?subject=Patient/" + person, Bundle.class);
    fetches.put("/QuestionnaireResponse?patient=Patient/" + person, Bundle.class);
    fetches.put("/Observation?patient=Patient/" + person, Bundle.class);
    fetches.put("/Flag?patient=Patient/" + person, Bundle.class);
    fetches.put("/Questionnaire", Bundle.class);
    return fetches;
  }

  @Autowired FhirContext fhir;
  @Autowired FhirValidation validation;
  @Autowired FhirClients clients;
  @Autowired ConnectedSystems systems;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired CarePlans plans;
  @Autowired ApplicationContext context;
  @Autowired CareAccess careAccess;
  @Autowired Instruments instruments;
  @Autowired CompletedQuestionnaires completed;
  @LocalServerPort int port;

  @Test
  void everyResourceServedToEveryOrganisationValidates() {
    FhirHttp http = new FhirHttp(fhir, port);
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    List<UUID> organisationIds = new ArrayList<>();
    clients.organisations().forEach(organisation -> organisationIds.add(organisation.id()));
    organisationIds.add(caringForSomeoneWithEveryDetail(testAccounts));
    List<String> problems = new ArrayList<>();
    Set<UUID> validated = new HashSet<>();
    Set<String> types = new TreeSet<>();
    for (UUID organisation : organisationIds) {
      String token = FhirTestClients.register(clients, testAccounts, organisation);
      for (UUID person : systems.peopleInReachOf(organisation)) {
        fetches(person)
            .forEach(
                (path, type) -> {
                  IBaseResource resource = http.read(path, token, type);
                  types.add(resource.fhirType());
                  List<IBaseResource> served = new ArrayList<>(List.of(resource));
                  if (resource instanceof Bundle bundle) {
                    if (path.startsWith("/Patient") || path.startsWith("/Care")) {
                      assertThat(bundle.getEntry()).as(path).hasSize(1);
                    }
                    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                      types.add(entry.getResource().fhirType());
                      if (entry.getResource() instanceof Communication message) {
                        String read = "/Communication/" + message.getIdElement().getIdPart();
                        served.add(http.read(read, token, Communication.class));
                      }
                    }
                  }
                  served.forEach(each -> problems.addAll(warningsAndErrors(path, each)));
                });
        validated.add(person);
      }
    }

    assertThat(problems).isEmpty();
    assertThat(types)
        .contains(
            "Patient",
            "CareTeam",
            "CarePlan",
            "Communication",
            "Bundle",
            "Questionnaire",
            "QuestionnaireResponse",
            "Observation",
            "Flag");
    assertThat(validated).hasSizeGreaterThanOrEqualTo(1);
    assertThat(validated).containsAll(people.findAll(DemoPeople.ALL).keySet());
  }

  @Test
  void theCapabilityStatementAndRefusalsValidateToo() {
    FhirHttp http = new FhirHttp(fhir, port);
    String token =
        FhirTestClients.register(
            clients, new TestAccounts(accounts, jdbc), clients.organisations().get(0).id());
    HttpResponse<String> notFound = http.get("/Patient/" + UUID.randomUUID(), token);
    HttpResponse<String> noToken = http.getWithoutToken("/Patient/" + UUID.randomUUID());

    List<IBaseResource> served =
        List.of(
            http.read("/metadata", token, CapabilityStatement.class),
            http.parse(notFound, OperationOutcome.class),
            http.parse(noToken, OperationOutcome.class));

    for (IBaseResource resource : served) {
      assertThat(
              FhirValidation.problems(validation.validate(resource)).stream()
                  .filter(problem -> !isSmartAuthorizeSlice(problem)))
          .as(resource.fhirType())
          .isEmpty();
    }
  }

  /**
   * SMART's oauth-uris extension was defined for app launch and requires an authorize endpoint;
   * Tandem offers Backend Services only (client credentials), so it has none and names the token
   * endpoint alone (SMART 2 puts the endpoints in .well-known/smart-configuration).
   */
  private static boolean isSmartAuthorizeSlice(String problem) {
    return problem.startsWith("CapabilityStatement.rest[0].security.extension[0]: ")
        && problem.contains("Slice 'Extension.extension:authorize'")
        && problem.contains("oauth-uris");
  }

  /**
   * Goals in every status, an action, and a conversation with a question, its answer, an edit-free
   * message with markup in it, and a hidden message.
   */
  private void withPlanAndConversation(UUID person, Account gp, TestAccounts testAccounts) {
    Account patient = testAccounts.create(Role.PATIENT, null);
    new CareRecords(testAccounts, people, jdbc).link(person, patient);
    LocalDate soon = LocalDate.now().plusMonths(1);
    for (GoalStatus status : GoalStatus.values()) {
      plans.addGoal(
          person,
          new GoalDraft(
              PlanSection.SHARED,
              "Goal <i>" + status.label() + "</i> & more",
              status == GoalStatus.STOPPED ? "" : "Sleep through most nights",
              status == GoalStatus.MET ? null : gp.id(),
              status,
              status == GoalStatus.NOT_STARTED ? null : soon),
          UUID.randomUUID(),
          CareRecords.as(gp));
    }
    plans.addAction(
        person,
        new ActionDraft(
            PlanSection.MENTAL_HEALTH_AND_WELLBEING, "Keep a sleep diary", null, soon, true),
        UUID.randomUUID(),
        CareRecords.as(gp));
    ConversationPosts posts = new ConversationPosts(context);
    posts.post(person, "How have you been sleeping?", patient.id(), CareRecords.as(gp));
    posts.post(person, "Better <b>most</b> nights.\n\nThanks.", null, CareRecords.as(patient));
    UUID hidden = posts.post(person, "Meant for someone else", null, CareRecords.as(gp));
    posts.hide(hidden, CareRecords.as(testAccounts.demo("admin@demo.tandem")));
  }

  /** Not even a warning: what we map should need no excuses. */
  /**
   * The one warning we accept: LOINC codes (on the PHQ-9 and GAD-7 Questionnaires and totals)
   * cannot be checked without a LOINC terminology server, which a test has no network to reach.
   */
  private static final Pattern LOINC_OFFLINE =
      Pattern.compile(
          "codeSystem 'http://loinc\\.org' version 'null' is not supported"
              + "|CodeSystem is unknown and can't be validated: http://loinc\\.org");

  private List<String> warningsAndErrors(String path, IBaseResource resource) {
    return validation.validate(resource).getMessages().stream()
        .filter(message -> message.getSeverity() != ResultSeverityEnum.INFORMATION)
        .filter(message -> !LOINC_OFFLINE.matcher(message.getMessage()).find())
        .map(
            message ->
                path
                    + " "
                    + resource.fhirType()
                    + " "
                    + message.getLocationString()
                    + ": "
                    + message.getMessage())
        .toList();
  }

  /**
   * A new organisation whose GP cares for someone with every detail filled in, awkward ones too.
   */
  /** One response to every instrument, every question answered with its highest value. */
  private void withQuestionnaires(UUID person, Account gp) {
    RecordAccess access = careAccess.requireToChange(person, CareRecords.as(gp), "test.setup");
    for (Instrument instrument : instruments.all()) {
      Map<String, Integer> answers = new HashMap<>();
      instrument
          .questions()
          .forEach(q -> answers.put(q.linkId(), q.options().get(q.options().size() - 1).value()));
      completed.submit(
          access,
          instrument.id(),
          answers,
          "served-" + instrument.id(),
          new SenderDetails(
              Instant.parse("2026-12-01T09:30:00.250Z"),
              "https://gp.example.org/questionnaire-responses",
              "served-" + instrument.id()));
    }
  }

  private UUID caringForSomeoneWithEveryDetail(TestAccounts testAccounts) {
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);
    UUID organisation = teams.organisation();
    Account gp = teams.practitionerIn(organisation, Discipline.GP);
    UUID person =
        people
            .startCare(
                new PersonDetails(
                    "Zoë",
                    "O'Neill-Ådahl",
                    "Zo",
                    LocalDate.of(1961, 2, 28),
                    CareRecords.newNhsNumber(),
                    "zoe@example.org",
                    "07700 900999",
                    "Flat 2 <b>",
                    "1 High Street & Lane",
                    "Northfield",
                    "NF1 1AA",
                    List.of(ContactMethod.TEXT_MESSAGE, ContactMethod.LETTER, ContactMethod.EMAIL),
                    "Evenings",
                    "Step-free access",
                    "British Sign Language interpreter"),
                "GP",
                UUID.randomUUID(),
                CareRecords.as(gp))
            .id();
    withPlanAndConversation(person, gp, testAccounts);
    withQuestionnaires(person, gp);
    return organisation;
  }
}
