package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.demo.DemoPeople;
import care.tandem.fhir.FhirClients;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.SignedInAs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 500 random attempts on the demo people's records — read, change, post, and FHIR — by
 * practitioners who are on none of their teams, by other patients, and by a connected system whose
 * organisation cares for someone else. Every one is refused as "not found", audited as denied
 * against the person it aimed at, and nothing stored changes.
 */
@FullApplicationTest
@Isolated("it checks that no stored record anywhere changes")
class CrossPersonAccessTests {

  private static final long SEED = 20261126L;
  private static final int ATTEMPTS = 500;

  /** Everything that holds a person's record; a refused attempt must change none of it. */
  private static final List<String> RECORD_TABLES =
      List.of(
          "person",
          "about_me",
          "care_team_member",
          "team_request",
          "care_record_visit",
          "care_plan",
          "care_plan_goal",
          "care_plan_action",
          "care_plan_version",
          "conversation_thread",
          "conversation_message",
          "conversation_message_edit",
          "conversation_read",
          "care_timeline_entry");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired FhirClients fhirClients;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyAttemptOnSomeoneElsesRecordIsRefusedAuditedAndChangesNothing() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    CareRecords records = new CareRecords(testAccounts, people, jdbc, accounts);
    OrganisationTeams teams = new OrganisationTeams(organisations, accounts, testAccounts, people);

    UUID elsewhere = teams.organisation();
    List<Account> outsiders = new ArrayList<>();
    for (Discipline discipline : Discipline.values()) {
      Account practitioner = teams.practitionerIn(elsewhere, discipline);
      // Signed in straight away, without the first-time password change.
      jdbc.sql("update account set password_must_change = false where id = ?")
          .param(practitioner.id())
          .update();
      teams.personCaredForBy(practitioner);
      outsiders.add(accounts.find(practitioner.id()).orElseThrow());
    }
    Account practitionerWithNoOne = records.practitioner(Discipline.PHYSIOTHERAPIST);
    outsiders.add(practitionerWithNoOne);
    for (int i = 0; i < 3; i++) {
      Account patient = records.account(Role.PATIENT);
      records.link(records.personCaredForBy(practitionerWithNoOne), patient);
      outsiders.add(patient);
    }
    String token =
        fhirClients
            .register("Another system", elsewhere, UUID.randomUUID(), testAccounts.admin())
            .token();

    List<Target> targets =
        List.of(DemoPeople.SAM_TAYLOR, DemoPeople.AISHA_RAHMAN, DemoPeople.DENISE_HOLT).stream()
            .map(this::target)
            .toList();
    Map<String, String> before = snapshot();

    Random random = new Random(SEED);
    Map<String, Integer> tried = new LinkedHashMap<>();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Target target = targets.get(random.nextInt(targets.size()));
      int denied = denials(target.person());
      String what;
      if (random.nextInt(5) == 0) {
        what = fhir(target, token, random);
      } else {
        Account who = outsiders.get(random.nextInt(outsiders.size()));
        what = web(target, who, random);
      }
      tried.merge(what.substring(0, what.indexOf(' ')), 1, Integer::sum);
      assertThat(denials(target.person()))
          .as("attempt %d (seed %d), %s: audited as denied", attempt, SEED, what)
          .isGreaterThan(denied);
    }

    assertThat(snapshot())
        .as("stored records after %d refused attempts", ATTEMPTS)
        .isEqualTo(before);
    assertThat(tried).containsKeys("GET", "POST", "FHIR");
  }

  private String web(Target target, Account who, Random random) throws Exception {
    boolean change = random.nextBoolean();
    String path = pick(random, change ? target.changes() : target.reads());
    MockHttpServletRequestBuilder request = change ? post(path).with(csrf()) : get(path);
    if (change) {
      Map.ofEntries(
              Map.entry("text", "Hello from outside the team"),
              Map.entry("title", "A goal from outside"),
              Map.entry("what", "An action from outside"),
              Map.entry("section", "SHARED"),
              Map.entry("status", "ACTIVE"),
              Map.entry("target", "Walk to the shop"),
              Map.entry("whatMatters", "Written by someone else"),
              Map.entry("givenName", "Changed"),
              Map.entry("familyName", "Changed"),
              Map.entry("question", "Can you see this person?"),
              Map.entry("reason", "Curious"),
              Map.entry("version", "1"),
              Map.entry("startingVersion", "1"),
              Map.entry("idempotencyKey", UUID.randomUUID().toString()))
          .forEach(request::param);
    }
    String what = (change ? "POST " : "GET ") + path;
    int status =
        mvc.perform(request.with(SignedInAs.account(who))).andReturn().getResponse().getStatus();
    assertThat(status).as("%s by %s", what, who.role()).isEqualTo(404);
    return what;
  }

  private String fhir(Target target, String token, Random random) {
    UUID person = target.person();
    String path =
        pick(
            random,
            List.of(
                "/Patient/" + person,
                "/CareTeam?patient=" + person,
                "/CarePlan?patient=" + person,
                "/Communication?patient=" + person,
                "/CarePlan/" + person,
                "/Communication/" + target.anyMessage()));
    HttpResponse<String> response = fhirGet(path, token);
    String what = "FHIR " + path;
    if (path.contains("?")) {
      assertThat(response.statusCode()).as(what).isEqualTo(200);
      assertThat(response.body()).as(what).doesNotContain("\"entry\"");
    } else {
      assertThat(response.statusCode()).as(what).isEqualTo(404);
    }
    return what;
  }

  private Target target(UUID person) {
    List<UUID> goals = ids("select id from care_plan_goal where person_id = ?", person);
    List<UUID> actions = ids("select id from care_plan_action where person_id = ?", person);
    List<UUID> threads = ids("select id from conversation_thread where person_id = ?", person);
    List<UUID> messages = ids("select id from conversation_message where person_id = ?", person);
    List<UUID> members = ids("select id from care_team_member where person_id = ?", person);
    List<UUID> requests = ids("select id from team_request where person_id = ?", person);
    assertThat(goals).as("demo goals").isNotEmpty();
    assertThat(messages).as("demo messages").isNotEmpty();
    String record = "/people/" + person;
    List<String> reads =
        new ArrayList<>(
            List.of(
                record,
                record + "/details",
                record + "/about-me",
                record + "/team",
                record + "/team/bring-in",
                record + "/access-log",
                record + "/plan",
                record + "/plan/history",
                record + "/plan/print",
                record + "/plan/pdf",
                record + "/plan/versions/1",
                record + "/plan/goals/new",
                record + "/plan/actions/new",
                record + "/conversation",
                record + "/conversation/threads/new",
                record + "/timeline"));
    List<String> changes =
        new ArrayList<>(
            List.of(
                record + "/details",
                record + "/about-me",
                record + "/team/bring-in",
                record + "/team/invite",
                record + "/plan/goals/new",
                record + "/plan/actions/new",
                record + "/conversation",
                record + "/conversation/threads/new"));
    for (UUID goal : goals) {
      reads.add(record + "/plan/goals/" + goal);
      changes.add(record + "/plan/goals/" + goal);
      changes.add(record + "/plan/goals/" + goal + "/merge");
    }
    for (UUID action : actions) {
      reads.add(record + "/plan/actions/" + action);
      changes.add(record + "/plan/actions/" + action);
      changes.add(record + "/plan/actions/" + action + "/done");
    }
    for (UUID thread : threads) {
      reads.add(record + "/conversation/threads/" + thread);
      changes.add(record + "/conversation/threads/" + thread);
    }
    for (UUID message : messages) {
      reads.add(record + "/conversation/messages/" + message + "/edit");
      changes.add(record + "/conversation/messages/" + message + "/edit");
    }
    for (UUID member : members) {
      reads.add(record + "/team/members/" + member + "/remove-request");
      changes.add(record + "/team/members/" + member + "/remove-request");
      changes.add(record + "/team/members/" + member + "/leave");
    }
    requests.forEach(request -> changes.add(record + "/team/requests/" + request + "/withdraw"));
    return new Target(person, reads, changes, messages.get(0));
  }

  private List<UUID> ids(String sql, UUID person) {
    return jdbc.sql(sql).param(person).query(UUID.class).list();
  }

  private int denials(UUID person) {
    return jdbc.sql("select count(*) from audit_event where person = ? and outcome = 'denied'")
        .param(person)
        .query(Integer.class)
        .single();
  }

  private Map<String, String> snapshot() {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String table : RECORD_TABLES) {
      tables.put(
          table,
          jdbc.sql(
                  "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
                      + " t::text)), '') from "
                      + table
                      + " t")
              .query(String.class)
              .single());
    }
    return tables;
  }

  private HttpResponse<String> fhirGet(String path, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir" + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/fhir+json")
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("FHIR request " + path + " failed", e);
    }
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private record Target(UUID person, List<String> reads, List<String> changes, UUID anyMessage) {}
}
