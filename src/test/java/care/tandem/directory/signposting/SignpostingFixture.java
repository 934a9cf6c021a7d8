package care.tandem.directory.signposting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.ModuleEvents;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A throw-away person with their own patient account, a volunteer leading their team, a
 * practitioner not on it, and a directory service of their own; plus ways to open and post the
 * signposting pages as any of them.
 */
final class SignpostingFixture {

  final JdbcClient jdbc;
  final MockMvc mvc;
  final CareRecords records;
  final TestAccounts accounts;
  final Account volunteer;
  final Account patient;
  final Account stranger;
  final UUID person;
  final UUID service;
  final String serviceName;

  SignpostingFixture(Accounts accountService, People people, JdbcClient jdbc, MockMvc mvc) {
    this.jdbc = jdbc;
    this.mvc = mvc;
    this.accounts = new TestAccounts(accountService, jdbc);
    this.records = new CareRecords(accounts, people, jdbc);
    this.volunteer = accounts.create(Role.PRACTITIONER, Discipline.VOLUNTEER);
    this.patient = accounts.create(Role.PATIENT, null);
    this.stranger = accounts.create(Role.PRACTITIONER, Discipline.PHYSIOTHERAPIST);
    this.person = records.personCaredForBy(volunteer);
    records.link(person, patient);
    this.serviceName = "Walk and Talk " + UUID.randomUUID().toString().substring(0, 6);
    this.service = newService(serviceName);
  }

  UUID newService(String name) {
    return new DirectoryFixtures(jdbc).service(name).save();
  }

  String signpostPath(UUID service) {
    return "/directory/services/" + service + "/signpost";
  }

  String signpostsPath() {
    return "/people/" + person + "/signposts";
  }

  String outcomePath(UUID signpost) {
    return signpostsPath() + "/" + signpost + "/outcome";
  }

  MvcResult open(String path, Account as) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(as))).andReturn();
  }

  MvcResult send(String path, Account as, Map<String, String> form) throws Exception {
    MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedInAs.account(as));
    form.forEach(request::param);
    return mvc.perform(request).andReturn();
  }

  /** Signposts the person to the service as the volunteer, with a new key; returns its id. */
  UUID signposted(UUID toService, String reason) throws Exception {
    send(signpostPath(toService), volunteer, signpostForm(person, reason, UUID.randomUUID()));
    return jdbc.sql(
            "select id from directory_signpost where person_id = ? and service_id = ?"
                + " order by signposted_at desc limit 1")
        .params(person, toService)
        .query(UUID.class)
        .single();
  }

  static Map<String, String> signpostForm(UUID person, String reason, UUID key) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("person", person.toString());
    form.put("reason", reason);
    form.put("idempotencyKey", key.toString());
    return form;
  }

  static Map<String, String> outcomeForm(String outcome, String why, int version, UUID key) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("outcome", outcome);
    form.put("whyNotSuitable", why);
    form.put("note", "");
    form.put("version", Integer.toString(version));
    form.put("idempotencyKey", key.toString());
    return form;
  }

  int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  int signpostsOfPerson() {
    return count("select count(*) from directory_signpost where person_id = ?", person);
  }

  /** Entries of this kind on the person's timeline, once the module's events are handled. */
  int timelineEntries(String kind) {
    ModuleEvents.awaitHandled(jdbc, person);
    return count(
        "select count(*) from care_timeline_entry where person_id = ? and kind = ?", person, kind);
  }
}
