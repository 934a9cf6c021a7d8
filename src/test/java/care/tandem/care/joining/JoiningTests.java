package care.tandem.care.joining;

import static care.tandem.care.joining.JoiningPeople.BORN;
import static care.tandem.care.joining.JoiningPeople.birthDate;
import static care.tandem.care.joining.JoiningPeople.joinCookie;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Joining one's own record over HTTP: the team invites (e-mail or letter), resends and withdraws;
 * the person opens the code, makes an account and proves their date of birth; and every way it must
 * fail: expired, replayed, withdrawn, locked after wrong dates, a stranger to the team.
 */
@FullApplicationTest
class JoiningTests {

  private static final Pattern LINK = Pattern.compile("/join\\?code=([A-Z0-9]{10})");

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  TestAccounts testAccounts;
  CareRecords records;
  JoiningPeople as;
  Account physio;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    records = new CareRecords(testAccounts, people, jdbc, accounts);
    as = new JoiningPeople(mvc, people);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
  }

  @Test
  void aPersonInvitedByEmailMakesAnAccountProvesTheirBirthDateAndSeesTheirRecord()
      throws Exception {
    String email = "jo-" + UUID.randomUUID() + "@example.org";
    UUID person = as.person(physio, email);
    String code = inviteByEmail(person, email);
    assertThat(storedHash(person)).isEqualTo(InvitationCode.hash(code));

    MockHttpServletResponse opened = as.get("/join?code=" + code, null).getResponse();
    assertThat(opened.getRedirectedUrl()).isEqualTo("/join");
    Cookie invitation = joinCookie(opened);
    assertThat(opened.getHeader("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(
            Jsoup.parse(as.get("/join", null, invitation).getResponse().getContentAsString())
                .select("h1")
                .text())
        .isEqualTo("Make an account to see your record");

    String own = "own-" + UUID.randomUUID() + "@example.org";
    MockHttpServletResponse made =
        as.post(
                "/join/account",
                null,
                Map.of(
                    "name",
                    "Jo Invited",
                    "email",
                    own,
                    "password",
                    TestAccounts.PASSWORD,
                    "idempotencyKey",
                    UUID.randomUUID().toString()),
                invitation)
            .getResponse();
    assertThat(made.getRedirectedUrl()).isEqualTo("/join/confirm");
    Account joined = testAccounts.demo(own);
    assertThat(joined.role()).isEqualTo(Role.PATIENT);

    assertThat(
            Jsoup.parse(
                    as.get("/join/confirm", joined, invitation).getResponse().getContentAsString())
                .select("h1")
                .text())
        .isEqualTo("Confirm your date of birth");
    MockHttpServletResponse confirmed =
        as.post("/join/confirm", joined, birthDate(BORN), invitation).getResponse();
    assertThat(confirmed.getRedirectedUrl()).isEqualTo("/people/" + person);
    assertThat(accountOf(person)).isEqualTo(joined.id());
    assertThat(records.audited(person, "record.joined", "success")).isEqualTo(1);
    assertThat(status(person)).isEqualTo("ACCEPTED");

    // Pressed again: the same record, nothing more linked.
    assertThat(
            as.post("/join/confirm", joined, birthDate(BORN), invitation)
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/people/" + person);
    assertThat(records.audited(person, "record.joined", "success")).isEqualTo(1);

    // The link replayed: refused, and audited.
    MockHttpServletResponse replayed = as.get("/join?code=" + code, null).getResponse();
    assertThat(replayed.getStatus()).isEqualTo(410);
    assertThat(replayed.getContentAsString()).contains("already been used");
    assertThat(records.audited(person, "invitation.code-refused", "failure")).isEqualTo(1);
  }

  @Test
  void resendMakesANewCodeAndKillsTheOldOneAndWithdrawKillsTheNew() throws Exception {
    UUID person = as.person(physio, null);
    MvcResult letter = invite(person, "LETTER", UUID.randomUUID());
    String first = (String) letter.getFlashMap().get("letterCode");
    assertThat(letter.getResponse().getRedirectedUrl()).endsWith("/letter");
    UUID invitation = openInvitation(person);

    MvcResult resent =
        as.post(
            "/people/" + person + "/invitations/" + invitation + "/resend",
            physio,
            Map.of("idempotencyKey", UUID.randomUUID().toString()));
    String second = (String) resent.getFlashMap().get("letterCode");
    assertThat(second).isNotNull().isNotEqualTo(first);
    assertThat(as.get("/join?code=" + first, null).getResponse().getStatus()).isEqualTo(410);

    UUID newer = openInvitation(person);
    as.post("/people/" + person + "/invitations/" + newer + "/withdraw", physio, Map.of());
    MockHttpServletResponse withdrawn = as.get("/join?code=" + second, null).getResponse();
    assertThat(withdrawn.getStatus()).isEqualTo(410);
    assertThat(withdrawn.getContentAsString()).contains("no longer works");
    String page =
        as.get("/people/" + person + "/invitations", physio).getResponse().getContentAsString();
    assertThat(page).contains("Withdrawn").contains("Resent");
  }

  @Test
  void aDoubleSubmittedInvitationMakesOneAndASecondOpenOneIsRefused() throws Exception {
    UUID person = as.person(physio, null);
    UUID key = UUID.randomUUID();
    invite(person, "LETTER", key);
    MvcResult again = invite(person, "LETTER", key);
    assertThat(again.getFlashMap().get("letterCode")).isNull();
    assertThat(countInvitations(person)).isEqualTo(1);

    MvcResult another = invite(person, "LETTER", UUID.randomUUID());
    assertThat(another.getResponse().getContentAsString())
        .contains("already an invitation waiting");
    assertThat(countInvitations(person)).isEqualTo(1);
  }

  @Test
  void anExpiredCodeIsRefusedAndANewInvitationReplacesIt() throws Exception {
    UUID person = as.person(physio, null);
    String code =
        (String) invite(person, "LETTER", UUID.randomUUID()).getFlashMap().get("letterCode");
    jdbc.sql(
            "update care_invitation set expires_at = now() - interval '1 minute' where person_id = ?")
        .param(person)
        .update();
    MockHttpServletResponse expired = as.get("/join?code=" + code, null).getResponse();
    assertThat(expired.getStatus()).isEqualTo(410);
    assertThat(expired.getContentAsString()).contains("This invitation has expired");
    assertThat(records.audited(person, "invitation.code-refused", "failure")).isEqualTo(1);

    invite(person, "LETTER", UUID.randomUUID());
    assertThat(countInvitations(person)).isEqualTo(2);
  }

  @Test
  void wrongDatesOfBirthLockTheInvitationAndTellTheTeam() throws Exception {
    UUID person = as.person(physio, null);
    String code =
        (String) invite(person, "LETTER", UUID.randomUUID()).getFlashMap().get("letterCode");
    Account patient = testAccounts.create(Role.PATIENT, null);
    // Signed in without an invitation (as after NHS login): the code first.
    assertThat(as.get("/join/confirm", patient).getResponse().getContentAsString())
        .contains("Code from your letter or email");
    Cookie invitation =
        joinCookie(
            as.post(
                    "/join/confirm/code",
                    patient,
                    Map.of("code", InvitationCode.grouped(code).toLowerCase()))
                .getResponse());

    MockHttpServletResponse first =
        as.post("/join/confirm", patient, birthDate(BORN.plusDays(1)), invitation).getResponse();
    assertThat(first.getContentAsString()).contains("does not match").contains("2 more tries");
    as.post("/join/confirm", patient, birthDate(BORN.plusDays(2)), invitation);
    MockHttpServletResponse locked =
        as.post("/join/confirm", patient, birthDate(BORN.plusDays(3)), invitation).getResponse();
    assertThat(locked.getStatus()).isEqualTo(410);
    assertThat(locked.getContentAsString()).contains("This invitation is locked");
    assertThat(status(person)).isEqualTo("LOCKED");
    assertThat(accountOf(person)).isNull();
    assertThat(records.audited(person, "invitation.birth-date-wrong", "failure")).isEqualTo(3);
    assertThat(records.audited(person, "invitation.locked", "success")).isEqualTo(1);

    // Even the right date now changes nothing.
    as.post("/join/confirm", patient, birthDate(BORN), invitation);
    assertThat(accountOf(person)).isNull();

    TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), physio.email());
    String record = as.get("/people/" + person, physio).getResponse().getContentAsString();
    assertThat(record).contains("Locked");
    assertThat(timelineTitles(person)).anyMatch(title -> title.contains("locked"));
  }

  @Test
  void someoneOffTheTeamCannotInviteOrSeeInvitations() throws Exception {
    UUID person = as.person(physio, null);
    Account stranger = records.practitioner(Discipline.GP);
    assertThat(as.get("/people/" + person + "/invitations", stranger).getResponse().getStatus())
        .isEqualTo(404);
    MvcResult refused =
        as.post(
            "/people/" + person + "/invitations",
            stranger,
            Map.of("method", "LETTER", "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(refused.getResponse().getStatus()).isEqualTo(404);
    assertThat(countInvitations(person)).isZero();
  }

  @Test
  void aWrongCodeIsExplainedAndGuessingIsSlowed() throws Exception {
    String address = "198.51.100." + (int) (Math.random() * 250);
    MockHttpServletResponse wrong =
        as.post("/join", null, Map.of("code", "AAAAA-BBBBB"), address).getResponse();
    assertThat(wrong.getContentAsString()).contains("This code is not right");
    for (int i = 0; i < 10; i++) {
      as.post("/join", null, Map.of("code", "AAAAA-BBBBB"), address);
    }
    assertThat(
            as.post("/join", null, Map.of("code", "AAAAA-BBBBB"), address)
                .getResponse()
                .getStatus())
        .isEqualTo(429);
  }

  @Test
  void anAccountWithARecordOrWithoutCsrfJoinsNothing() throws Exception {
    Account patient = testAccounts.create(Role.PATIENT, null);
    UUID own = records.personCaredForBy(physio);
    records.link(own, patient);
    MockHttpServletResponse already = as.get("/join/confirm", patient).getResponse();
    assertThat(already.getStatus()).isEqualTo(409);
    assertThat(already.getContentAsString()).contains("You already have a care record");

    String email = "nocsrf-" + UUID.randomUUID() + "@example.org";
    MockHttpServletResponse forged =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/join/account")
                    .param("name", "Forged")
                    .param("email", email)
                    .param("password", TestAccounts.PASSWORD))
            .andReturn()
            .getResponse();
    assertThat(forged.getStatus()).isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from account where email = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void anAdminLinksAndUnlinksWithAWrittenReasonThePersonCanSee() throws Exception {
    Account admin = testAccounts.create(Role.ADMIN, null);
    Account patient = testAccounts.create(Role.PATIENT, null);
    UUID person = as.person(physio, null);
    String nhsNumber =
        jdbc.sql("select nhs_number from person where id = ?")
            .param(person)
            .query(String.class)
            .single();

    MockHttpServletResponse noReason =
        as.post(
                "/admin/record-links/link",
                admin,
                Map.of("email", patient.email(), "nhsNumber", nhsNumber, "reason", ""))
            .getResponse();
    assertThat(noReason.getContentAsString()).contains("Enter why you are linking them");
    assertThat(accountOf(person)).isNull();

    Map<String, String> link = new HashMap<>();
    link.put("email", patient.email());
    link.put("nhsNumber", nhsNumber);
    link.put("reason", "Has no post or email; identity checked in clinic");
    assertThat(as.post("/admin/record-links/link", admin, link).getResponse().getRedirectedUrl())
        .isEqualTo("/admin/record-links");
    assertThat(accountOf(person)).isEqualTo(patient.id());
    assertThat(records.audited(person, "record.account-linked", "success")).isEqualTo(1);
    String timeline =
        as.get("/people/" + person + "/timeline", patient).getResponse().getContentAsString();
    assertThat(timeline).contains("identity checked in clinic");

    assertThat(as.post("/admin/record-links/link", admin, link).getResponse().getContentAsString())
        .contains("already linked");
    as.post(
        "/admin/record-links/unlink",
        admin,
        Map.of(
            "unlinkEmail",
            patient.email(),
            "unlinkReason",
            "Linked to the wrong person by mistake"));
    assertThat(accountOf(person)).isNull();
    assertThat(records.audited(person, "record.account-unlinked", "success")).isEqualTo(1);
  }

  private String inviteByEmail(UUID person, String email) throws Exception {
    MvcResult sent =
        as.post(
            "/people/" + person + "/invitations",
            physio,
            Map.of("method", "EMAIL", "email", "", "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(sent.getResponse().getRedirectedUrl())
        .isEqualTo("/people/" + person + "/invitations");
    MimeMessage[] mail = TestMailServer.awaitReceivedBy(1, Duration.ofSeconds(10), email);
    String body = mail[0].getContent().toString();
    assertThat(body).doesNotContain("Jo").contains("Your care team");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private MvcResult invite(UUID person, String method, UUID key) throws Exception {
    return as.post(
        "/people/" + person + "/invitations",
        physio,
        Map.of("method", method, "idempotencyKey", key.toString()));
  }

  private UUID openInvitation(UUID person) {
    return jdbc.sql(
            "select id from care_invitation where person_id = ? and status in ('SENT', 'OPENED')")
        .param(person)
        .query(UUID.class)
        .single();
  }

  private int countInvitations(UUID person) {
    return jdbc.sql("select count(*) from care_invitation where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  private byte[] storedHash(UUID person) {
    return jdbc.sql("select code_hash from care_invitation where person_id = ?")
        .param(person)
        .query(byte[].class)
        .single();
  }

  private String status(UUID person) {
    return jdbc.sql(
            "select status from care_invitation where person_id = ? order by created_at desc limit 1")
        .param(person)
        .query(String.class)
        .single();
  }

  private UUID accountOf(UUID person) {
    return jdbc.sql("select account_id from person where id = ?")
        .param(person)
        .query((rs, row) -> rs.getObject(1, UUID.class))
        .list()
        .get(0);
  }

  private java.util.List<String> timelineTitles(UUID person) {
    return jdbc.sql("select title from care_timeline_entry where person_id = ?")
        .param(person)
        .query(String.class)
        .list();
  }
}
