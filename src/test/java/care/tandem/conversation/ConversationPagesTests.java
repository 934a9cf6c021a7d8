package care.tandem.conversation;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

/** The conversation pages as the person, their team and strangers use them. */
@FullApplicationTest
class ConversationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Messages messages;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  ConversationFixture given;
  String conversation;

  @BeforeEach
  void setUp() {
    given = new ConversationFixture(accounts, people, jdbc);
    conversation = "/people/" + given.person + "/conversation";
  }

  @Test
  void thePersonAndTheTeamTalkInTheConversationAndInAMedicationReviewTopic() throws Exception {
    assertThat(submit(given.patient, "My back was sore after the weekend.", "").getStatus())
        .isEqualTo(302);
    MockHttpServletResponse started =
        mvc.perform(
                post(conversation + "/threads/new")
                    .param("title", "Medication review")
                    .param("text", "Could we look at the tablets Robin takes at night?")
                    .param("replyFrom", given.gp.id().toString())
                    .param("idempotencyKey", UUID.randomUUID().toString())
                    .with(csrf())
                    .with(SignedInAs.account(given.physio)))
            .andReturn()
            .getResponse();
    assertThat(started.getStatus()).isEqualTo(302);
    String topic = started.getRedirectedUrl();
    assertThat(topic).startsWith(conversation + "/threads/");

    Document main = page(given.gp, conversation);
    assertThat(main.select("li.nhsuk-card").text()).contains("My back was sore after the weekend.");
    assertThat(main.select("a[href=" + topic + "]").text()).isEqualTo("Medication review");
    Document asked = page(given.gp, topic);
    assertThat(asked.select("h1").text()).isEqualTo("Medication review");
    assertThat(asked.select(".nhsuk-inset-text").text())
        .contains("Waiting for a reply")
        .contains("Priya Tester asked you to reply on");
    assertThat(asked.select("li.nhsuk-card").text())
        .contains("Asked you to reply")
        .contains("Waiting for a reply");

    Document seenByPerson = page(given.patient, topic);
    assertThat(readers(seenByPerson))
        .contains("Priya Tester Has read every message")
        .contains("Ana Tester Has read every message")
        .contains("Robin Hale (you) Has read every message");
    assertThat(seenByPerson.select(".nhsuk-inset-text").text())
        .contains("Priya Tester asked Ana Tester to reply on");

    assertThat(
            status(
                post(topic)
                    .param("text", "Yes: let's talk at Thursday's appointment.")
                    .param("idempotencyKey", UUID.randomUUID().toString()),
                given.gp))
        .isEqualTo(302);
    Document answered = page(given.physio, topic);
    assertThat(answered.select(".nhsuk-inset-text").text()).doesNotContain("Waiting for a reply");
    assertThat(answered.select("li.nhsuk-card .nhsuk-tag").eachText()).contains("Replied", "New");
    assertThat(readers(page(given.physio, conversation)))
        .contains("Ana Tester Has read every message");
  }

  @Test
  void onAPhoneThePersonWritesFirstThenReadsNewestFirstAPageAtATimeAndIsCalledYou()
      throws Exception {
    for (int n = 1; n <= 25; n++) {
      posted(n % 2 == 0 ? given.patient : given.physio, "Message number " + n);
    }

    Document first = page(given.patient, conversation);
    assertThat(first.select("main p").text())
        .contains("You and everyone on your care team can read and write here.")
        .doesNotContain("Robin Hale and everyone on their care team");
    assertThat(first.select("h2").eachText())
        .containsSubsequence("Write a message", "Messages", "Topics");
    assertThat(first.select("li.nhsuk-card p:not(.nhsuk-body-s)").eachText())
        .hasSize(20)
        .startsWith("Message number 25", "Message number 24")
        .endsWith("Message number 6");
    assertThat(first.select(".nhsuk-pagination a").eachAttr("href"))
        .containsExactly(conversation + "?page=2");

    Document second = page(given.patient, conversation + "?page=2");
    assertThat(second.select("li.nhsuk-card p:not(.nhsuk-body-s)").eachText())
        .containsExactly(
            "Message number 5",
            "Message number 4",
            "Message number 3",
            "Message number 2",
            "Message number 1");
    assertThat(second.select(".nhsuk-pagination a[rel=prev]").attr("href")).isEqualTo(conversation);
    assertThat(page(given.physio, conversation).select("main p").text())
        .contains("Robin Hale and everyone on their care team can read and write here.");
  }

  @Test
  void theTeamSeesWhoHasNotReadTheLatestMessages() throws Exception {
    posted(given.patient, "First from me");
    page(given.gp, conversation);
    posted(given.physio, "Second, from the physio");

    assertThat(readers(page(given.patient, conversation)))
        .contains("Priya Tester Has read every message")
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("Ana Tester Has read up to the message from Robin Hale, "));
  }

  @Test
  void theRecordPageShowsTheConversationWithWhatIsNewAndWhatAwaitsYourReply() throws Exception {
    messages.post(
        given.person,
        null,
        new NewMessage("Could you call Robin this week?", given.gp.id(), UUID.randomUUID()),
        as(given.physio));
    posted(given.patient, "Thanks, afternoons are best.");

    Document record = page(given.gp, "/people/" + given.person);

    assertThat(record.select("h1")).hasSize(1);
    assertThat(record.select("h2").eachText()).contains("Conversation");
    assertThat(record.select("main").text())
        .contains("2 new messages.")
        .contains("1 message is waiting for your reply.")
        .doesNotContain("Could you call Robin");
    assertThat(record.select("main a[href=" + conversation + "]").eachText())
        .containsExactly("Conversation", "Read and write messages");
    assertThat(page(given.physio, "/people/" + given.person).select("main").text())
        .contains("1 new message.")
        .contains("Nobody is waiting for a reply from you.");
  }

  @Test
  void showsScriptAsPlainTextAndKeepsLineBreaks() throws Exception {
    posted(given.physio, "<script>alert('hi')</script>\nSecond line\n\nA new paragraph");

    Document page = page(given.patient, conversation);

    assertThat(page.title()).isEqualTo("Conversation – Robin Hale – Tandem");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("script")).noneMatch(script -> script.html().contains("alert"));
    var paragraphs =
        page.select("#maincontent li.nhsuk-card > .nhsuk-card__content > p:not(.nhsuk-body-s)");
    assertThat(paragraphs.get(0).text()).isEqualTo("<script>alert('hi')</script> Second line");
    assertThat(paragraphs.get(0).select("br")).hasSize(1);
    assertThat(paragraphs.get(1).text()).isEqualTo("A new paragraph");
  }

  @Test
  void aPostIsCommittedBeforeThePageConfirmsIt() throws Exception {
    MvcResult posted =
        mvc.perform(
                post(conversation)
                    .param("text", "Thanks, see you Thursday.")
                    .param("idempotencyKey", UUID.randomUUID().toString())
                    .with(csrf())
                    .with(SignedInAs.account(given.patient)))
            .andReturn();

    assertThat(posted.getResponse().getStatus()).isEqualTo(302);
    assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(conversation);
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
    Document confirmed =
        Jsoup.parse(
            mvc.perform(
                    get(conversation)
                        // What the redirect carries (the session store is not MockMvc's own).
                        .requestAttr(
                            DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, posted.getFlashMap())
                        .with(SignedInAs.account(given.patient)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(confirmed.select(".nhsuk-notification-banner--success").text())
        .contains("Your message has been posted.");
  }

  @Test
  void refusesAnOversizedMessageButCountsALineBreakOnce() throws Exception {
    MockHttpServletResponse tooLong = submit(given.physio, "a".repeat(5001), "");
    String fits = ("b".repeat(99) + "\r\n").repeat(50).strip();

    Document page = Jsoup.parse(tooLong.getContentAsString());
    assertThat(tooLong.getStatus()).isEqualTo(200);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").text())
        .isEqualTo("Your message must be 5,000 characters or fewer");
    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#text");
    assertThat(given.messagesOn(given.person)).isZero();
    assertThat(submit(given.physio, fits, "").getStatus()).isEqualTo(302);
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
  }

  @Test
  void refusesAnEmptyMessage() throws Exception {
    Document page = Jsoup.parse(submit(given.physio, "   ", "").getContentAsString());

    assertThat(page.select(".nhsuk-error-summary a").text()).isEqualTo("Enter a message");
    assertThat(given.messagesOn(given.person)).isZero();
  }

  @Test
  void refusesAReplyRequestForSomeoneOffTheRecord() throws Exception {
    for (String forged : List.of(given.offTeam.id().toString(), "not-an-id")) {
      Document page = Jsoup.parse(submit(given.physio, "Over to you", forged).getContentAsString());

      assertThat(page.select(".nhsuk-error-summary a").text())
          .isEqualTo("Select someone on the care team, or no one");
    }
    assertThat(given.messagesOn(given.person)).isZero();
  }

  @Test
  void idsFromAnotherRecordFindNothingAndChangeNothing() throws Exception {
    UUID other = given.anotherRecord();
    Messages.Posted theirs =
        messages.startThread(
            other,
            "Their topic",
            new NewMessage("Theirs", null, UUID.randomUUID()),
            as(given.physio));
    String forgedThread = conversation + "/threads/" + theirs.thread();
    String forgedEdit = conversation + "/messages/" + theirs.message() + "/edit";

    assertThat(status(get(forgedThread), given.physio)).isEqualTo(404);
    assertThat(
            status(
                post(forgedThread)
                    .param("text", "Hello")
                    .param("idempotencyKey", UUID.randomUUID().toString()),
                given.physio))
        .isEqualTo(404);
    assertThat(status(get(forgedEdit), given.physio)).isEqualTo(404);
    assertThat(
            status(post(forgedEdit).param("text", "Changed").param("version", "0"), given.physio))
        .isEqualTo(404);
    assertThat(status(get(conversation + "/threads/not-a-uuid"), given.physio)).isEqualTo(404);
    assertThat(given.messagesOn(given.person)).isZero();
    assertThat(
            jdbc.sql("select text from conversation_message where id = ?")
                .param(theirs.message())
                .query(String.class)
                .single())
        .isEqualTo("Theirs");
  }

  @Test
  void forgedIdsInTheAddressFindNothingAndNeverFail() throws Exception {
    String stranger = "/people/" + UUID.randomUUID() + "/conversation";
    for (String path :
        List.of(
            "/people/not-a-uuid/conversation",
            stranger,
            stranger + "/threads/new",
            conversation + "/threads/" + UUID.randomUUID(),
            conversation + "/messages/" + UUID.randomUUID() + "/edit",
            conversation + "/messages/not-a-uuid/edit")) {
      assertThat(status(get(path), given.physio)).as(path).isEqualTo(404);
      assertThat(
              status(
                  post(path)
                      .param("text", "Hello")
                      .param("title", "A topic")
                      .param("version", "0")
                      .param("idempotencyKey", UUID.randomUUID().toString()),
                  given.physio))
          .as("POST " + path)
          .isEqualTo(404);
    }
    assertThat(
            status(
                post(conversation)
                    .param("text", "Hello")
                    .param("idempotencyKey", "not-a-key")
                    .param("replyFrom", given.gp.id().toString()),
                given.physio))
        .isEqualTo(302);
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
  }

  @Test
  void aTopicTitleThatIsTooLongIsRefusedAndScriptInATitleIsShownAsText() throws Exception {
    MockHttpServletResponse tooLong = startTopic("t".repeat(101));
    assertThat(tooLong.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(tooLong.getContentAsString()).select(".nhsuk-error-summary a").text())
        .isEqualTo("Title must be 100 characters or fewer");
    assertThat(given.messagesOn(given.person)).isZero();

    MockHttpServletResponse scripted = startTopic("<script>alert(1)</script>");
    Document topic = page(given.patient, scripted.getRedirectedUrl());
    assertThat(topic.select("h1").text()).isEqualTo("<script>alert(1)</script>");
    assertThat(topic.select("script")).noneMatch(script -> script.html().contains("alert"));
    assertThat(page(given.patient, conversation).select("script"))
        .noneMatch(script -> script.html().contains("alert"));
  }

  @Test
  void anAdminLookingUpAForgedReferenceGetsAClearMessage() throws Exception {
    Account admin = given.account("Alex Admin", care.tandem.identity.account.Role.ADMIN, null);
    for (var reference :
        java.util.Map.of(
                "not-a-reference",
                "Enter the message reference as it was given to you",
                UUID.randomUUID().toString(),
                "No message has this reference. Check it and try again")
            .entrySet()) {
      MockHttpServletResponse found =
          mvc.perform(
                  post("/admin/messages")
                      .param("reference", reference.getKey())
                      .with(csrf())
                      .with(SignedInAs.account(admin)))
              .andReturn()
              .getResponse();
      assertThat(found.getStatus()).isEqualTo(200);
      assertThat(Jsoup.parse(found.getContentAsString()).select(".nhsuk-error-summary a").text())
          .startsWith(reference.getValue());
    }
    assertThat(status(get("/admin/messages/" + UUID.randomUUID()), admin)).isEqualTo(404);
    assertThat(status(post("/admin/messages/not-an-id/hide").param("reason", "Because"), admin))
        .isEqualTo(404);
  }

  @Test
  void strangersGetNotFoundAndAreAudited() throws Exception {
    posted(given.physio, "For the team");

    assertThat(status(get(conversation), given.offTeam)).isEqualTo(404);
    assertThat(
            status(
                post(conversation)
                    .param("text", "Let me in")
                    .param("idempotencyKey", UUID.randomUUID().toString()),
                given.otherPatient))
        .isEqualTo(404);
    assertThat(given.audited(given.person, "conversation.viewed", "denied")).isEqualTo(1);
    assertThat(given.audited(given.person, "message.posted", "denied")).isEqualTo(1);
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
  }

  @Test
  void tenConcurrentSubmitsOfOneMessageWithOneKeyStoreExactlyOne() throws Exception {
    String key = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return mvc.perform(
                          post(conversation)
                              .param("text", "Only once, however often I press")
                              .param("idempotencyKey", key)
                              .with(csrf())
                              .with(SignedInAs.account(given.patient)))
                      .andReturn()
                      .getResponse()
                      .getStatus();
                }));
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(302);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
  }

  @Test
  void anEditShowsAnEditedTagWithTheOriginalAndOnlyTheAuthorMayEdit() throws Exception {
    Messages.Posted posted = posted(given.physio, "Appointment on Tuesday");
    String edit = conversation + "/messages/" + posted.message() + "/edit";

    assertThat(page(given.physio, edit).select("textarea#text").text())
        .isEqualTo("Appointment on Tuesday");
    assertThat(status(get(edit), given.gp)).isEqualTo(403);
    assertThat(
            status(
                post(edit).param("text", "Appointment on Wednesday").param("version", "0"),
                given.physio))
        .isEqualTo(302);

    Document page = page(given.patient, conversation);
    assertThat(page.select(".nhsuk-tag").eachText()).contains("Edited");
    assertThat(page.select("details").first().select("summary").text())
        .isEqualTo("Show the original message");
    assertThat(page.select("details").first().text()).contains("Appointment on Tuesday");
    assertThat(page.select("li.nhsuk-card").text()).contains("Appointment on Wednesday");
  }

  @Test
  void anAdminHidesAReportedMessageWithAReasonAndTheTeamSeesAPlaceholder() throws Exception {
    Account admin = given.account("Alex Admin", care.tandem.identity.account.Role.ADMIN, null);
    Messages.Posted posted = posted(given.gp, "Something that should not be here");
    String review = "/admin/messages/" + posted.message();

    assertThat(
            status(post("/admin/messages").param("reference", posted.message().toString()), admin))
        .isEqualTo(302);
    assertThat(page(admin, review).select("main").text())
        .contains("Something that should not be here")
        .doesNotContain("Robin Hale");
    assertThat(given.audited(given.person, "message.reviewed", "success")).isEqualTo(1);
    Document noReason =
        Jsoup.parse(
            mvc.perform(
                    post(review + "/hide")
                        .param("reason", "")
                        .with(csrf())
                        .with(SignedInAs.account(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(noReason.select(".nhsuk-error-summary a").text())
        .isEqualTo("Enter why you are hiding this message");
    assertThat(status(post(review + "/hide").param("reason", "Posted on the wrong record"), admin))
        .isEqualTo(302);

    assertThat(given.audited(given.person, "message.hidden", "success")).isEqualTo(1);
    Document seen = page(given.patient, conversation);
    assertThat(seen.text())
        .contains("This message was hidden by an administrator")
        .doesNotContain("Something that should not be here");
    assertThat(status(get(conversation), admin)).isEqualTo(404);
    assertThat(status(get(review), given.physio)).isEqualTo(403);
  }

  @Test
  void notificationsListWhatIsNewAndTheHeaderCountsIt() throws Exception {
    messages.post(
        given.person,
        null,
        new NewMessage("Could you check the blood results?", given.gp.id(), UUID.randomUUID()),
        as(given.physio));
    posted(given.physio, "And the letter from the hospital came.");
    UUID elsewhere = given.anotherRecord();
    messages.post(
        elsewhere,
        null,
        new NewMessage("Not for the GP", null, UUID.randomUUID()),
        as(given.physio));

    Document before = page(given.gp, "/notifications");

    assertThat(before.select("a.nhsuk-header__navigation-link[href=/notifications]").text())
        .isEqualTo("Messages (2)");
    assertThat(before.select("main").text())
        .contains("Priya Tester asked you to reply on")
        .contains("Robin Hale: Conversation")
        .contains("2 new messages, the latest from Priya Tester")
        .doesNotContain("blood results")
        .doesNotContain("Not for the GP");
    assertThat(before.select("main a[href^=/people/" + elsewhere + "]")).isEmpty();

    page(given.gp, conversation);

    Document after = page(given.gp, "/notifications");
    assertThat(after.select("a.nhsuk-header__navigation-link[href=/notifications]").text())
        .isEqualTo("Messages (1)");
    assertThat(after.select("main").text()).contains("You have read every message");
  }

  @Test
  void aPractitionerCanTurnEmailsOff() throws Exception {
    assertThat(
            page(given.gp, "/notifications/email")
                .select("input[name=wantsEmail][checked]")
                .attr("value"))
        .isEqualTo("yes");

    assertThat(status(post("/notifications/email").param("wantsEmail", "no"), given.gp))
        .isEqualTo(302);

    assertThat(
            page(given.gp, "/notifications/email")
                .select("input[name=wantsEmail][checked]")
                .attr("value"))
        .isEqualTo("no");
    assertThat(status(get("/notifications/email"), given.patient)).isEqualTo(403);
  }

  private MockHttpServletResponse startTopic(String title) throws Exception {
    return mvc.perform(
            post(conversation + "/threads/new")
                .param("title", title)
                .param("text", "Let's talk about this here.")
                .param("idempotencyKey", UUID.randomUUID().toString())
                .with(csrf())
                .with(SignedInAs.account(given.physio)))
        .andReturn()
        .getResponse();
  }

  private static List<String> readers(Document page) {
    return page.select(".nhsuk-summary-list__row").eachText();
  }

  private Messages.Posted posted(Account author, String text) {
    return messages.post(
        given.person, null, new NewMessage(text, null, UUID.randomUUID()), as(author));
  }

  private MockHttpServletResponse submit(Account author, String text, String replyFrom)
      throws Exception {
    return mvc.perform(
            post(conversation)
                .param("text", text)
                .param("replyFrom", replyFrom)
                .param("idempotencyKey", UUID.randomUUID().toString())
                .with(csrf())
                .with(SignedInAs.account(author)))
        .andReturn()
        .getResponse();
  }

  private Document page(Account viewer, String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(SignedInAs.account(viewer))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Account viewer)
      throws Exception {
    return mvc.perform(request.with(csrf()).with(SignedInAs.account(viewer)))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
