package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import care.tandem.TestMailServer;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A person with their own account, and ways to invite and consent to helpers for them. */
class CarerFixtures {

  static final Pattern LINK = Pattern.compile("/carer-invitation\\?token=([A-Za-z0-9_-]{43})");

  final CarePages pages;
  final CareRecords records;
  final TestAccounts accounts;
  final Helpers helpers;
  final JdbcClient jdbc;
  final MockMvc mvc;
  final Account lead;
  final Account patient;
  final UUID person;

  CarerFixtures(
      MockMvc mvc, People people, Accounts accountService, JdbcClient jdbc, Helpers helpers) {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.helpers = helpers;
    this.pages = new CarePages(mvc);
    this.accounts = new TestAccounts(accountService, jdbc);
    this.records = new CareRecords(accounts, people, jdbc, accountService);
    this.lead = records.practitioner(care.tandem.identity.account.Discipline.PHYSIOTHERAPIST);
    this.person = records.personCaredForBy(lead);
    this.patient = records.account(Role.PATIENT);
    records.link(person, patient);
  }

  /** A carer account with the person's consent for these permissions (no invitation). */
  Account carerWith(HelperPermission... permissions) {
    Account carer = accounts.create(Role.CARER, null);
    helpers.give(
        person, carer.id(), "Chris Carer", "Partner", Set.of(permissions), patient.id(), null);
    return carer;
  }

  /** The person invites a helper through the page; returns the token from the e-mail. */
  String invite(String email, String... permissions) throws Exception {
    Map<String, Object> form = new HashMap<>();
    form.put("name", "Alex Helper");
    form.put("relationship", "Daughter");
    form.put("email", email);
    form.put("permissions", List.of(permissions));
    form.put("idempotencyKey", UUID.randomUUID().toString());
    MockHttpServletResponse sent =
        pages.post("/people/" + person + "/helpers/invite", patient, form);
    assertThat(sent.getStatus()).isEqualTo(302);
    MimeMessage[] mail = TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), email);
    Matcher link = LINK.matcher((String) mail[mail.length - 1].getContent());
    assertThat(link.find()).as("the e-mail has the link").isTrue();
    return link.group(1);
  }

  /** The helper follows the link and makes an account (not signed in). */
  MockHttpServletResponse makeAccount(String token, String password) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post("/carer-invitation")
                .with(csrf())
                .param("token", token)
                .param("displayName", "Alex Helper")
                .param("password", password))
        .andReturn()
        .getResponse();
  }

  MockHttpServletResponse openLink(String token) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get("/carer-invitation").param("token", token))
        .andReturn()
        .getResponse();
  }

  int accountsWithEmail(String email) {
    return jdbc.sql("select count(*) from account where lower(email) = lower(?)")
        .param(email)
        .query(Integer.class)
        .single();
  }

  Account account(String email) {
    return accounts.demo(email);
  }

  int currentConsents() {
    return jdbc.sql(
            "select count(*) from carer_consent where person_id = ? and withdrawn_at is null")
        .param(person)
        .query(Integer.class)
        .single();
  }
}
