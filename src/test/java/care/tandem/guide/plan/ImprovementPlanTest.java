package care.tandem.guide.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.guide.Pages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GuideWithFixtures
class ImprovementPlanTest {

  private static final String PROBLEM = "/guide/plan/problems/pain-put-down-to-anxiety";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private final UUID account = UUID.randomUUID();
  private final RequestPostProcessor practitioner = as(account, "ROLE_PRACTITIONER");

  @Test
  void sendsAnyoneNotSignedInToSignIn() throws Exception {
    int before = allItems();
    mvc.perform(get("/guide/plan")).andExpect(redirectedUrl("/sign-in"));
    mvc.perform(post(PROBLEM).with(csrf())).andExpect(redirectedUrl("/sign-in"));
    assertThat(allItems()).isEqualTo(before);
  }

  private int allItems() {
    return jdbc.sql("select count(*) from guide_plan_item").query(Integer.class).single();
  }

  @Test
  void refusesPeopleWhoCannotKeepAPlan() throws Exception {
    mvc.perform(get("/guide/plan").with(as(UUID.randomUUID(), "ROLE_PATIENT")))
        .andExpect(status().isForbidden());
  }

  @Test
  void savesAProblemOnceEvenWhenSubmittedTwice() throws Exception {
    perform(post(PROBLEM)).andExpect(redirectedUrl("/guide/plan"));
    perform(post(PROBLEM)).andExpect(redirectedUrl("/guide/plan"));
    assertThat(itemCount()).isEqualTo(1);
    Document plan = page(get("/guide/plan"));
    assertThat(plan.select("main h2 a").eachText()).containsExactly("Pain is put down to anxiety");
  }

  @Test
  void savesASolution() throws Exception {
    perform(post("/guide/plan/solutions/one-shared-plan")).andExpect(redirectedUrl("/guide/plan"));
    assertThat(page(get("/guide/plan")).select("main h2 a").attr("href"))
        .isEqualTo("/guide/solutions/one-shared-plan");
  }

  @Test
  void savingSomethingNotInTheGuideIsNotFoundAndStoresNothing() throws Exception {
    perform(post("/guide/plan/problems/no-such-problem")).andExpect(status().isNotFound());
    perform(post("/guide/plan/solutions/DROP TABLE")).andExpect(status().isNotFound());
    assertThat(itemCount()).isZero();
  }

  @Test
  void problemPageOffersSavingThenShowsItIsSaved() throws Exception {
    String button = "form[action=" + PROBLEM + "] button";
    assertThat(page(get("/guide/problems/pain-put-down-to-anxiety")).select(button)).hasSize(1);
    perform(post(PROBLEM));
    Document saved = page(get("/guide/problems/pain-put-down-to-anxiety"));
    assertThat(saved.select(button)).isEmpty();
    assertThat(saved.select("section[aria-labelledby=problem] .nhsuk-tag").text())
        .isEqualTo("In your plan");
    Document anonymous =
        Pages.parse(mvc.perform(get("/guide/problems/pain-put-down-to-anxiety")).andReturn());
    assertThat(anonymous.select(button)).isEmpty();
    assertThat(anonymous.select("a[href=/sign-in]").eachText())
        .anyMatch(text -> text.startsWith("Sign in to save this problem"));
  }

  @Test
  void savesANoteAndATargetDate() throws Exception {
    String item = savedItem();
    LocalDate date = today().plusMonths(2);
    edit(item, "0", "Talk to the MSK lead", date).andExpect(redirectedUrl("/guide/plan"));
    Document plan = page(get("/guide/plan"));
    assertThat(plan.select("dd").eachText())
        .contains(
            "Talk to the MSK lead",
            date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
  }

  @Test
  void aDateInThePastIsRefusedWithTheErrorPattern() throws Exception {
    String item = savedItem();
    Document page = page(edit(item, "0", "A note", today().minusDays(1)));
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachText())
        .containsExactly("Enter a date in the future");
    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#targetDateDay");
    assertThat(page.select("#targetDate-error").text())
        .isEqualTo("Error: Enter a date in the future");
    assertThat(page.select("#targetDateDay").hasClass("nhsuk-input--error")).isTrue();
    assertThat(page.select("#note").text()).isEqualTo("A note");
    assertThat(storedNote(item)).isEmpty();
  }

  @Test
  void anIncompleteOrImpossibleDateSaysWhatIsWrong() throws Exception {
    String item = savedItem();
    assertThat(errors(editParts(item, "0", "", "", "3", "")))
        .containsExactly("Target date must include a day and year");
    assertThat(errors(editParts(item, "0", "", "31", "2", "2030")))
        .containsExactly("Target date must be a real date");
    assertThat(errors(editParts(item, "0", "", "1", "2", "30")))
        .containsExactly("Year must include 4 numbers");
    assertThat(errors(editParts(item, "0", "", "aa", "bb", "cccc")))
        .containsExactly("Year must include 4 numbers");
    assertThat(storedVersion(item)).isZero();
  }

  @Test
  void anOverLongNoteIsRefused() throws Exception {
    String item = savedItem();
    assertThat(errors(editParts(item, "0", "x".repeat(1001), "", "", "")))
        .containsExactly("Note must be 1000 characters or fewer");
    assertThat(storedVersion(item)).isZero();
  }

  @Test
  void aDoubleSubmittedNoteIsStoredOnce() throws Exception {
    String item = savedItem();
    LocalDate date = today().plusDays(10);
    edit(item, "0", "Book a team huddle", date).andExpect(redirectedUrl("/guide/plan"));
    edit(item, "0", "Book a team huddle", date).andExpect(redirectedUrl("/guide/plan"));
    assertThat(storedNote(item)).isEqualTo("Book a team huddle");
    assertThat(storedVersion(item)).isEqualTo(1);
  }

  @Test
  void anEditFromAStaleWindowIsNotSavedOverTheNewerOne() throws Exception {
    String item = savedItem();
    edit(item, "0", "Saved in window one", null).andExpect(redirectedUrl("/guide/plan"));
    Document page = page(edit(item, "0", "Typed in window two", null));
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").text())
        .startsWith("This was changed in another window");
    assertThat(page.select(".nhsuk-card--warning dd").eachText()).contains("Saved in window one");
    assertThat(page.select("#note").text()).isEqualTo("Typed in window two");
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    assertThat(storedNote(item)).isEqualTo("Saved in window one");
  }

  @Test
  void anUnreadableVersionNeverOverwrites() throws Exception {
    String item = savedItem();
    edit(item, "not-a-number", "Sneaky", null);
    assertThat(storedVersion(item)).isZero();
    assertThat(storedNote(item)).isEmpty();
  }

  @Test
  void aNoteWithControlCharactersIsStoredWithoutThem() throws Exception {
    String item = savedItem();
    edit(item, "0", "First line\r\nSecond\u0000 line\u0007", null)
        .andExpect(redirectedUrl("/guide/plan"));
    assertThat(storedNote(item)).isEqualTo("First line\nSecond line");
  }

  @Test
  void removesAnItem() throws Exception {
    String item = savedItem();
    perform(post("/guide/plan/items/" + item + "/remove")).andExpect(redirectedUrl("/guide/plan"));
    perform(post("/guide/plan/items/" + item + "/remove")).andExpect(redirectedUrl("/guide/plan"));
    assertThat(itemCount()).isZero();
  }

  @Test
  void nobodyElseCanSeeChangeOrRemoveAnItem() throws Exception {
    String item = savedItem();
    RequestPostProcessor someoneElse = as(UUID.randomUUID(), "ROLE_SERVICE_LEAD");
    mvc.perform(get("/guide/plan/items/" + item).with(someoneElse))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/guide/plan/items/" + item)
                .with(someoneElse)
                .with(csrf())
                .param("note", "Not mine")
                .param("version", "0"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/guide/plan/items/" + item + "/remove").with(someoneElse).with(csrf()))
        .andExpect(redirectedUrl("/guide/plan"));
    assertThat(itemCount()).isEqualTo(1);
    assertThat(storedNote(item)).isEmpty();
  }

  @Test
  void aPostWithoutTheFormTokenChangesNothing() throws Exception {
    mvc.perform(post(PROBLEM).with(practitioner)).andExpect(status().isForbidden());
    assertThat(itemCount()).isZero();
  }

  @Test
  void hostileItemIdsAreNotFound() throws Exception {
    for (String id : List.of("not-a-uuid", "1-1-1-1-1", "' or 1=1 --", "%00")) {
      int status =
          mvc.perform(get("/guide/plan/items/" + id).with(practitioner))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(id).isIn(400, 404);
    }
  }

  @Test
  void printsACleanViewOfThePlan() throws Exception {
    String item = savedItem();
    edit(item, "0", "Share the leaflet", today().plusDays(30));
    Document print = page(get("/guide/plan/print"));
    assertThat(print.select("main h2").text()).isEqualTo("Problem: Pain is put down to anxiety");
    assertThat(print.select("main dd").eachText()).contains("Share the leaflet");
    assertThat(print.select("main form, main button")).isEmpty();
    assertThat(print.select(".tandem-no-print a.nhsuk-back-link").attr("href"))
        .isEqualTo("/guide/plan");
  }

  private String savedItem() throws Exception {
    perform(post(PROBLEM));
    return jdbc.sql("select id from guide_plan_item where account_id = ?")
        .param(account)
        .query(UUID.class)
        .single()
        .toString();
  }

  private org.springframework.test.web.servlet.ResultActions edit(
      String item, String version, String note, LocalDate date) throws Exception {
    return date == null
        ? editParts(item, version, note, "", "", "")
        : editParts(
            item,
            version,
            note,
            String.valueOf(date.getDayOfMonth()),
            String.valueOf(date.getMonthValue()),
            String.valueOf(date.getYear()));
  }

  private org.springframework.test.web.servlet.ResultActions editParts(
      String item, String version, String note, String day, String month, String year)
      throws Exception {
    return perform(
        post("/guide/plan/items/" + item)
            .param("note", note)
            .param("targetDateDay", day)
            .param("targetDateMonth", month)
            .param("targetDateYear", year)
            .param("version", version));
  }

  private List<String> errors(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return page(result).select(".nhsuk-error-summary a").eachText();
  }

  private org.springframework.test.web.servlet.ResultActions perform(
      MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(practitioner).with(csrf()));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return page(perform(request));
  }

  private static Document page(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return Pages.parse(result.andExpect(status().isOk()).andReturn());
  }

  private int itemCount() {
    return jdbc.sql("select count(*) from guide_plan_item where account_id = ?")
        .param(account)
        .query(Integer.class)
        .single();
  }

  private String storedNote(String item) {
    return jdbc.sql("select note from guide_plan_item where id = ?::uuid")
        .param(item)
        .query(String.class)
        .single();
  }

  private int storedVersion(String item) {
    return jdbc.sql("select version from guide_plan_item where id = ?::uuid")
        .param(item)
        .query(Integer.class)
        .single();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  private static RequestPostProcessor as(UUID account, String role) {
    return authentication(
        new UsernamePasswordAuthenticationToken(
            account.toString(), null, List.of(new SimpleGrantedAuthority(role))));
  }
}
