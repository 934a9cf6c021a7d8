package care.tandem.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.audit.AuditEntry;
import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.audit.AuditQuery;
import care.tandem.audit.AuditTrail;
import care.tandem.audit.DatabaseOwner;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin audit pages as an admin sees them (admin-only once the route table is in place). */
@FullApplicationTest
@WithMockUser(username = AuditPagesTests.ADMIN, roles = "ADMIN")
@Isolated("it changes audit entries by hand, breaking the chain for a moment")
class AuditPagesTests {

  static final String ADMIN = "a0a0a0a0-0000-4000-8000-000000000001";

  @Autowired MockMvc mvc;
  @Autowired AuditLog auditLog;
  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired People people;

  @Test
  void showsEntriesAboutAPersonWithUkTimes() throws Exception {
    UUID person = UUID.randomUUID();
    UUID practitioner = UUID.randomUUID();
    auditLog.record(
        AuditEvent.success(practitioner, "PRACTITIONER", "record.read", Map.of("section", "plan"))
            .about(person));
    AuditEntry entry = trail.forPerson(person, 1).entries().get(0);

    Document page = page(get("/admin/audit").param("person", person.toString()));

    assertThat(page.title()).isEqualTo("Audit log – Tandem");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("#results-summary").text()).isEqualTo("Showing 1 to 1 of 1 entry");
    assertThat(page.select("tbody tr")).hasSize(1);
    assertThat(page.select("tbody time").text()).isEqualTo(entry.when());
    assertThat(page.select("tbody time").attr("datetime")).matches(".*\\+0[01]:00");
    assertThat(page.select("tbody").text())
        .contains(
            "Record read", "Success", practitioner.toString(), "Practitioner", "Section: plan");
    assertThat(page.select("tbody a").first().attr("href"))
        .isEqualTo("/admin/audit?account=" + practitioner);
    assertThat(page.select("#person").val()).isEqualTo(person.toString());
  }

  @Test
  void saysWhatHappenedInWordsWithTheNamesOfWhoDidItAndWhoseRecordItIs() throws Exception {
    CareRecords records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    Account physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    UUID person = records.personCaredForBy(physio);
    auditLog.record(
        AuditEvent.success(
                physio.id(),
                "PRACTITIONER",
                "care-plan.viewed",
                Map.of("address", "0:0:0:0:0:0:0:1", "person", person.toString()))
            .about(person));

    Document page = page(get("/admin/audit").param("person", person.toString()));

    String entries = page.select("tbody").text();
    assertThat(entries)
        .contains("Care plan viewed", physio.displayName(), "Test Person", "this computer")
        .doesNotContain("care-plan.viewed", person.toString(), physio.id().toString(), "0:0:0:0");
  }

  @Test
  void recordsThatAnAdminSearchedTheLog() throws Exception {
    UUID person = UUID.randomUUID();

    page(get("/admin/audit").param("person", person.toString()).param("outcome", "denied"));

    AuditEntry searched =
        trail
            .search(
                new AuditQuery(null, UUID.fromString(ADMIN), "audit.searched", null, null, null), 1)
            .entries()
            .get(0);
    assertThat(searched.actorRole()).isEqualTo("ADMIN");
    assertThat(searched.details())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of("personFilter", person.toString(), "outcomeFilter", "denied")));
  }

  @Test
  void pagesKeepTheFilters() throws Exception {
    UUID account = UUID.randomUUID();
    for (int i = 0; i < AuditTrail.PAGE_SIZE + 2; i++) {
      auditLog.record(AuditEvent.success(account, "PATIENT", "guide.viewed", Map.of()));
    }

    Document first = page(get("/admin/audit").param("account", account.toString()));
    String next = first.select("a[rel=next]").attr("href");
    Document second = page(get(next));

    assertThat(next).isEqualTo("/admin/audit?account=" + account + "&page=2");
    assertThat(second.select("tbody tr")).hasSize(2);
    assertThat(second.select("a[rel=prev]").attr("href")).endsWith("page=1");
    assertThat(second.select("#results-summary").text())
        .isEqualTo("Showing 26 to 27 of 27 entries");
  }

  @Test
  void explainsAMalformedPersonIdOnTheForm() throws Exception {
    Document page = page(get("/admin/audit").param("person", "not-an-id"));

    assertThat(page.title()).isEqualTo("Error: Audit log – Tandem");
    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#person");
    assertThat(page.select(".nhsuk-error-summary a").text())
        .startsWith("Enter a person ID in the correct format");
    assertThat(page.select("#person").hasClass("nhsuk-input--error")).isTrue();
    assertThat(page.select("#person").attr("aria-describedby")).contains("person-error");
    assertThat(page.select("#person-error").text()).startsWith("Error: Enter a person ID");
    assertThat(page.select("#person").val()).isEqualTo("not-an-id");
    assertThat(page.select("tbody")).isEmpty();
  }

  @Test
  void explainsADateThatDoesNotExist() throws Exception {
    Document page =
        page(
            get("/admin/audit")
                .param("fromDay", "31")
                .param("fromMonth", "2")
                .param("fromYear", "2026"));

    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#fromDay");
    assertThat(page.select("#from-error").text()).isEqualTo("Error: Date from must be a real date");
    assertThat(page.select("#fromDay, #fromMonth, #fromYear"))
        .allSatisfy(input -> assertThat(input.hasClass("nhsuk-input--error")).isTrue());
  }

  @Test
  void explainsAMissingPartOfADate() throws Exception {
    Document page = page(get("/admin/audit").param("toDay", "3").param("toYear", "2026"));

    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#toMonth");
    assertThat(page.select("#to-error").text()).isEqualTo("Error: Date to must include a month");
    assertThat(page.select("#toMonth").hasClass("nhsuk-input--error")).isTrue();
    assertThat(page.select("#toDay").hasClass("nhsuk-input--error")).isFalse();
  }

  @Test
  void explainsADateRangeThatEndsBeforeItStarts() throws Exception {
    Document page =
        page(
            get("/admin/audit")
                .param("fromDay", "2")
                .param("fromMonth", "11")
                .param("fromYear", "2026")
                .param("toDay", "1")
                .param("toMonth", "11")
                .param("toYear", "2026"));

    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#toDay");
    assertThat(page.select(".nhsuk-error-summary a").text())
        .isEqualTo("Date to must be the same as or after date from");
  }

  @Test
  void explainsEachBadFilterInPageOrder() throws Exception {
    Document page =
        page(
            get("/admin/audit")
                .param("account", "123")
                .param("action", "<script>alert(1)</script>")
                .param("outcome", "maybe")
                .param("fromYear", "26"));

    assertThat(page.select(".nhsuk-error-summary a").eachAttr("href"))
        .containsExactly("#account", "#action", "#outcome", "#fromDay");
    assertThat(page.select(".nhsuk-error-summary a").eachText())
        .containsExactly(
            "Enter an account ID in the correct format, like " + AuditSearchForm.EXAMPLE_ID,
            "Enter an action using only letters, numbers, full stops and hyphens, like"
                + " sign-in.failed",
            "Select an outcome from the list",
            "Date from must include a day and month");
    assertThat(page.select("script").eachAttr("src")).doesNotContain("").isNotEmpty();
    assertThat(page.select("#action").val()).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void treatsANonsensePageNumberAsTheFirstPage() throws Exception {
    for (String nonsense : new String[] {"abc", "-1", "0", "99999999999999", "1e9", ""}) {
      Document page = page(get("/admin/audit").param("page", nonsense));
      assertThat(page.select(".nhsuk-error-summary")).isEmpty();
    }
  }

  @Test
  void survivesAnOversizedFilter() throws Exception {
    Document page = page(get("/admin/audit").param("action", "a".repeat(5_000)));

    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#action");
  }

  @Test
  void showsAnUnbrokenChain() throws Exception {
    Document page = page(get("/admin/audit/verify"));

    assertThat(page.title()).isEqualTo("Check the audit log – Tandem");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select(".nhsuk-inset-text").text()).contains("The chain is unbroken");
    assertThat(page.select(".nhsuk-card--warning")).isEmpty();
  }

  @Test
  void showsWhereTheChainIsBroken() throws Exception {
    auditLog.record(AuditEvent.failure(null, null, "sign-in.failed", Map.of("username", "sam")));
    long latest = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    DatabaseOwner owner = new DatabaseOwner(jdbc);
    Map<String, Object> original = owner.row(latest);
    owner.tamper("update audit_event set details = '{}' where id = ?", latest);
    try {
      Document page = page(get("/admin/audit/verify"));

      assertThat(page.select(".nhsuk-card--warning").text())
          .contains(
              "The audit log has been changed", "Entry " + String.format(Locale.UK, "%,d", latest))
          .contains("Its contents do not match its hash");
    } finally {
      owner.putBack(original);
    }
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
