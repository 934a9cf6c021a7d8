package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.coverage.PageGate;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.readability.PageReading.Audience;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The signposting pages the person reads about their own record (their signposts, "add this to my
 * plan", and "what happened") are patient-facing: judged together, held to the patient-facing
 * floor.
 */
@FullApplicationTest
@PageGate("reading ease")
class SignpostPagesReadingEaseTests {

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void thePersonsSignpostPagesAreInPlainEnglish() throws Exception {
    TestAccounts made = new TestAccounts(accounts, jdbc);
    CareRecords records = new CareRecords(made, people, jdbc);
    Account volunteer = made.create(Role.PRACTITIONER, Discipline.VOLUNTEER);
    Account patient = made.create(Role.PATIENT, null);
    UUID person = records.personCaredForBy(volunteer);
    records.link(person, patient);
    UUID service = new DirectoryFixtures(jdbc).service("Walk and Talk").save();
    UUID signpost = UUID.randomUUID();
    jdbc.sql(
            """
            insert into directory_signpost (id, person_id, service_id, reason, signposted_by,
              signposted_at, idempotency_key)
            values (?, ?, ?, 'A kind group. You can walk and chat with others.', ?, now(), ?)
            """)
        .params(signpost, person, service, volunteer.id(), UUID.randomUUID())
        .update();
    String base = "/people/" + person + "/signposts";
    List<String> pages =
        List.of(
            base,
            base + "/" + signpost + "/outcome",
            "/directory/services/" + service + "/signpost");

    ReadingEase together = ReadingEase.NONE;
    for (String path : pages) {
      var response =
          mvc.perform(get(path).with(SignedInAs.account(patient))).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      together =
          together.plus(ReadingEase.of(MainText.of(Jsoup.parse(response.getContentAsString()))));
    }
    PageReading pooled = new PageReading("signpost pages", Audience.PATIENT_FACING, together);

    assertThat(pooled.belowFloor()).as(pooled.row()).isFalse();
  }
}
