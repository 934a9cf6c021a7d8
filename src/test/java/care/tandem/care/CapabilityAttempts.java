package care.tandem.care;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.system.Capability;
import care.tandem.system.Capability.Holder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For {@code CapabilityTests}: a person with one member of each discipline and a service lead on
 * their team, and, for each capability done through a page on the record, one real attempt at it
 * and a look at the database row it would change.
 */
final class CapabilityAttempts {

  /** One try at a capability: the request as someone, and what in the database it changes. */
  interface Attempt {
    MockHttpServletResponse tryAs(Team team, Account who) throws Exception;

    /** What the attempt changes, read from the database; null for a page that only shows. */
    Object state(Team team);

    /** Whether each try needs a record of its own (it can only happen once to a record). */
    default boolean oncePerRecord() {
      return false;
    }
  }

  /** A person and their whole team, each account by what it holds. */
  record Team(UUID person, Map<Holder, Account> members) {
    Account lead() {
      return members.get(Holder.PHYSIOTHERAPIST);
    }
  }

  private final CapabilityRequests requests;
  private final JdbcClient jdbc;
  private final TestAccounts accounts;
  private final CareRecords records;
  private final Map<Holder, Account> staff = new EnumMap<>(Holder.class);
  private final UUID listing;

  CapabilityAttempts(MockMvc mvc, JdbcClient jdbc, TestAccounts accounts, CareRecords records) {
    this.requests = new CapabilityRequests(mvc, jdbc);
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.records = records;
    for (Discipline discipline : Discipline.values()) {
      staff.put(Holder.valueOf(discipline.name()), records.practitioner(discipline));
    }
    staff.put(Holder.SERVICE_LEAD, accounts.create(Role.SERVICE_LEAD, null));
    listing = new DirectoryFixtures(jdbc).service("Capability test walking group").save();
  }

  /** A new person, started by the physiotherapist; everyone else joins; their own account. */
  Team newTeam() {
    UUID person = records.personCaredForBy(staff.get(Holder.PHYSIOTHERAPIST));
    Map<Holder, Account> members = new EnumMap<>(staff);
    staff.forEach(
        (holder, account) -> {
          if (holder != Holder.PHYSIOTHERAPIST) {
            jdbc.sql(
                    """
                    insert into care_team_member (id, person_id, account_id, team_role, lead,
                      joined_at) values (?, ?, ?, 'Member', false, now())
                    """)
                .params(UUID.randomUUID(), person, account.id())
                .update();
          }
        });
    Account own = accounts.create(Role.PATIENT, null);
    records.link(person, own);
    members.put(Holder.THE_PERSON, own);
    return new Team(person, members);
  }

  /** Every capability done to a record through a page, with its attempt. */
  Map<Capability, Attempt> onTheRecord() {
    Map<Capability, Attempt> attempts = new EnumMap<>(Capability.class);
    LocalDate review = LocalDate.now().plusMonths(2);
    attempts.put(Capability.CHANGE_IDENTITY_DETAILS, changeNhsNumber());
    attempts.put(
        Capability.WRITE_ABOUT_ME,
        posting(
            "/about-me",
            Holder.THE_PERSON,
            Map.of("whatMatters", "Walking my dog"),
            "select count(*) from about_me where person_id = ?"));
    attempts.put(
        Capability.CHANGE_CARE_PLAN,
        posting(
            "/plan/goals/new",
            Holder.PHYSIOTHERAPIST,
            Map.of(
                "title", "Walk to the shop",
                "target", "Twice a week",
                "reviewDateDay", "" + review.getDayOfMonth(),
                "reviewDateMonth", "" + review.getMonthValue(),
                "reviewDateYear", "" + review.getYear()),
            "select count(*) from care_plan_goal where person_id = ?"));
    attempts.put(
        Capability.POST_IN_CONVERSATION,
        fixed(
            "/conversation",
            Map.of("text", "Hello from the team"),
            "select count(*) from conversation_message where person_id = ?"));
    attempts.put(Capability.ASK_FOR_QUESTIONNAIRE, askForPhq9());
    attempts.put(Capability.ANSWER_QUESTIONNAIRE, startPhq9());
    attempts.put(Capability.SEE_RESULTS, showing("/results"));
    attempts.put(Capability.HANDLE_SAFETY_ALERTS, acknowledgeAlert());
    attempts.put(Capability.SIGNPOST, signpost());
    attempts.put(Capability.MANAGE_TEAM, askForTeamChange());
    attempts.put(Capability.SEE_ACCESS_LOG, showing("/access-log"));
    return attempts;
  }

  Attempt changeNhsNumber() {
    return posting(
        "/details",
        Holder.PHYSIOTHERAPIST,
        () -> Map.of("nhsNumber", CareRecords.newNhsNumber().digits()),
        "select coalesce(nhs_number, 'none') from person where id = ?");
  }

  Attempt askForPhq9() {
    LocalDate due = LocalDate.now().plusDays(7);
    return fixed(
        "/questionnaires/assign",
        Map.of(
            "instrument", "phq-9",
            "schedule", "once",
            "dateDay", "" + due.getDayOfMonth(),
            "dateMonth", "" + due.getMonthValue(),
            "dateYear", "" + due.getYear()),
        "select count(*) from measures_assignment where person_id = ?");
  }

  /** Posts the form as someone who may open it shows it, with {@code typed} filled in. */
  private Attempt posting(String path, Holder formOf, Map<String, String> typed, String state) {
    return posting(path, formOf, () -> typed, state);
  }

  private Attempt posting(
      String path, Holder formOf, Supplier<Map<String, String>> typed, String state) {
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        String address = "/people/" + team.person() + path;
        Map<String, String> form = requests.formOn(address, team.members().get(formOf));
        form.putAll(typed.get());
        return requests.send(post(address), form, who);
      }

      @Override
      public Object state(Team team) {
        return read(state, team.person());
      }
    };
  }

  /** The person invites a practitioner; a team member brings in a colleague's service. */
  private Attempt askForTeamChange() {
    String state = "select count(*) from team_request where person_id = ?";
    Attempt invite =
        posting(
            "/team/invite", Holder.THE_PERSON, Map.of("question", "Please join my team"), state);
    Attempt bringIn =
        posting(
            "/team/bring-in",
            Holder.PHYSIOTHERAPIST,
            Map.of("question", "Could you see them about sleep?"),
            state);
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        return who.role() == Role.PATIENT ? invite.tryAs(team, who) : bringIn.tryAs(team, who);
      }

      @Override
      public Object state(Team team) {
        return read(state, team.person());
      }
    };
  }

  private Attempt fixed(String path, Map<String, String> form, String state) {
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(form);
        sent.put("idempotencyKey", UUID.randomUUID().toString());
        return requests.send(post("/people/" + team.person() + path), sent, who);
      }

      @Override
      public Object state(Team team) {
        return read(state, team.person());
      }
    };
  }

  private Attempt showing(String path) {
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        return requests.send(get("/people/" + team.person() + path), Map.of(), who);
      }

      @Override
      public Object state(Team team) {
        return "nothing changes";
      }
    };
  }

  private Attempt signpost() {
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("person", team.person().toString());
        form.put("reason", "Company on walks");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return requests.send(post("/directory/services/" + listing + "/signpost"), form, who);
      }

      @Override
      public Object state(Team team) {
        return read("select count(*) from directory_signpost where person_id = ?", team.person());
      }
    };
  }

  /** Starting a PHQ-9 resumes one in progress, so each try needs a record of its own. */
  private Attempt startPhq9() {
    Attempt start =
        fixed(
            "/questionnaires/phq-9/start",
            Map.of("layout", "one-per-page"),
            "select count(*) from measures_response where person_id = ?");
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        return start.tryAs(team, who);
      }

      @Override
      public Object state(Team team) {
        return start.state(team);
      }

      @Override
      public boolean oncePerRecord() {
        return true;
      }
    };
  }

  /** Each try acknowledges an alert of its own, raised just before. */
  private Attempt acknowledgeAlert() {
    return new Attempt() {
      @Override
      public MockHttpServletResponse tryAs(Team team, Account who) throws Exception {
        UUID alert = requests.raiseAlert(team.person());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return requests.send(post("/alerts/" + alert + "/acknowledge"), form, who);
      }

      @Override
      public Object state(Team team) {
        return read(
            "select count(*) from measures_alert where person_id = ? and status = 'acknowledged'",
            team.person());
      }
    };
  }

  private Object read(String sql, UUID person) {
    return jdbc.sql(sql).param(person).query().singleValue();
  }
}
