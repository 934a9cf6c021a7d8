package care.tandem.care.demo;

import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo people, their "about me" and teams, and two team requests (one accepted, one
 * waiting). Runs as the application starts, after the demo accounts exist and before the web server
 * takes requests. Idempotent: a person who already exists is left as the demo left them.
 */
@Component
@Profile("demo")
class DemoRecords extends DemoSeeding {

  private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

  private static final String DEMO_CARER = "carer@demo.tandem";
  private static final String DEMO_CARER_HELPS = "patient@demo.tandem";

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final TransactionTemplate transaction;

  DemoRecords(JdbcClient jdbc, StaffDirectory staff, TransactionTemplate transaction) {
    super(PEOPLE);
    this.jdbc = jdbc;
    this.staff = staff;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    transaction.executeWithoutResult(status -> DemoStories.BY_ID.forEach(this::seed));
  }

  private void seed(UUID id, DemoPerson person) {
    @Nullable UUID account =
        person.accountEmail() == null ? null : accountId(person.accountEmail());
    if (account != null && staff.find(account).isEmpty()) {
      account = null;
    }
    int inserted =
        jdbc.sql(
                """
                insert into person (id, account_id, given_name, family_name, preferred_name,
                  date_of_birth, nhs_number, email, phone, address_line_1, town, postcode,
                  contact_methods, contact_times, accessibility_needs, communication_needs,
                  created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())
                on conflict do nothing
                """)
            .params(
                id,
                account,
                person.givenName(),
                person.familyName(),
                person.preferredName(),
                person.dateOfBirth(),
                person.nhsNumber(),
                person.contact().email(),
                person.contact().phone(),
                person.contact().addressLine1(),
                person.contact().town(),
                person.contact().postcode(),
                person.contactMethods(),
                person.contactTimes(),
                blankToNull(person.accessibilityNeeds()),
                blankToNull(person.communicationNeeds()))
            .update();
    if (inserted == 0) {
      return;
    }
    DemoPerson.AboutMeText about = person.aboutMe();
    jdbc.sql(
            """
            insert into about_me (person_id, what_matters, work_and_money, caring_duties,
              what_makes_worse, what_makes_better, already_tried, how_to_speak_to_me, version,
              updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, now() - interval '20 days')
            """)
        .params(
            id,
            about.whatMatters(),
            about.workAndMoney(),
            about.caringDuties(),
            about.whatMakesWorse(),
            about.whatMakesBetter(),
            about.alreadyTried(),
            about.howToSpeakToMe(),
            account)
        .update();
    UUID lead =
        person.team().stream()
            .filter(DemoPerson.Member::lead)
            .map(member -> accountId(member.email()))
            .findFirst()
            .orElse(null);
    for (DemoPerson.Member member : person.team()) {
      addMember(id, member, lead);
    }
    DemoTeamRequests.seed(jdbc, id, person, this::accountId, this::serviceOf);
    if (account != null && DEMO_CARER_HELPS.equals(person.accountEmail())) {
      seedCarer(id, account);
    }
    log.info("Demo person added: {}", person.name());
  }

  /** Sam's partner helps them, with Sam's consent: reads the plan, reads and writes messages. */
  private void seedCarer(UUID person, UUID givenBy) {
    UUID carer = accountId(DEMO_CARER);
    if (staff.find(carer).isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            insert into carer_consent (id, person_id, carer_account_id, name, relationship,
              may_read_plan, may_converse, may_see_results, may_help_answer, given_by, started_at)
            values (?, ?, ?, 'Chris Taylor', 'Partner', true, true, false, false, ?,
              now() - interval '10 days')
            on conflict do nothing
            """)
        .params(stableId("carer-consent", person + DEMO_CARER), person, carer, givenBy)
        .update();
  }

  private void addMember(UUID person, DemoPerson.Member member, @Nullable UUID lead) {
    UUID account = accountId(member.email());
    Optional<StaffMember> practitioner = staff.find(account);
    if (practitioner.isEmpty()) {
      return;
    }
    Optional<ServiceSummary> service = practitioner.get().services().stream().findFirst();
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, service_id,
              organisation_id, lead, joined_at, added_by)
            values (?, ?, ?, ?, ?, ?, ?, now() - make_interval(days => ?), ?)
            on conflict do nothing
            """)
        .params(
            stableId("member", person + member.email()),
            person,
            account,
            member.teamRole(),
            service.map(ServiceSummary::id).orElse(null),
            service.map(ServiceSummary::organisationId).orElse(null),
            member.lead(),
            member.joinedDaysAgo(),
            lead == null ? account : lead)
        .update();
  }

  private Optional<ServiceSummary> serviceOf(String email) {
    return staff.find(accountId(email)).flatMap(s -> s.services().stream().findFirst());
  }

  /** The id the identity module's demo seed gives a demo account. */
  UUID accountId(String email) {
    return stableId("account", email);
  }

  static UUID stableId(String kind, String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
