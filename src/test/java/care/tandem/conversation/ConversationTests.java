package care.tandem.conversation;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.account.Accounts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@FullApplicationTest
@RecordApplicationEvents
class ConversationTests {

  @Autowired Messages messages;
  @Autowired Threads threads;
  @Autowired Conversations conversations;
  @Autowired CareAccess access;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  ConversationFixture given;

  @BeforeEach
  void setUp() {
    given = new ConversationFixture(accounts, people, jdbc);
  }

  @Test
  void aPostedMessageIsReadByThePersonAndTheWholeTeam() {
    Messages.Posted posted = post(given.physio, null, "How did the walk go today?");

    for (var reader : List.of(given.patient, given.gp, given.physio)) {
      ThreadPage page = threads.open(given.person, null, 1, as(reader));
      assertThat(page.messages())
          .extracting(ThreadPage.MessageView::paragraphs)
          .containsExactly(List.of(List.of("How did the walk go today?")));
    }
    assertThat(posted.created()).isTrue();
    assertThat(events.stream(MessagePosted.class))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.person()).isEqualTo(given.person);
              assertThat(event.message()).isEqualTo(posted.message());
              assertThat(event.thread()).isEqualTo(posted.thread());
              assertThat(event.author()).isEqualTo(given.physio.id());
              assertThat(event.replyRequestedFrom()).isNull();
            });
    assertThat(given.audited(given.person, "message.posted", "success")).isEqualTo(1);
  }

  @Test
  void aTopicThreadStartsWithItsFirstMessageAndIsListedOnTheConversation() {
    Messages.Posted started =
        messages.startThread(
            given.person,
            "Medication review",
            new NewMessage("Can we look at the tablets together?", null, UUID.randomUUID()),
            as(given.gp));
    post(given.patient, started.thread(), "Yes please, Thursday suits me.");

    ThreadPage topic = threads.open(given.person, started.thread(), 1, as(given.physio));
    ThreadPage main = threads.open(given.person, null, 1, as(given.physio));

    assertThat(topic.heading()).isEqualTo("Medication review");
    assertThat(topic.messages()).hasSize(2);
    assertThat(main.messages()).isEmpty();
    assertThat(main.topics())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.title()).isEqualTo("Medication review");
              assertThat(line.status()).isEqualTo("2 messages");
            });
  }

  @Test
  void aReplyRequestWaitsUntilTheNamedMemberRepliesInThatThread() {
    Messages.Posted asking =
        messages.post(
            given.person,
            null,
            new NewMessage(
                "Sam, could you tell us how the new exercises feel?",
                given.patient.id(),
                UUID.randomUUID()),
            as(given.physio));
    UUID topic =
        messages
            .startThread(
                given.person,
                "Return to work",
                new NewMessage("Talking to my manager on Monday.", null, UUID.randomUUID()),
                as(given.patient))
            .thread();

    assertThat(conversations.awaitingReplyFrom(given.patient.id(), List.of(given.person)))
        .singleElement()
        .satisfies(
            waiting -> {
              assertThat(waiting.message()).isEqualTo(asking.message());
              assertThat(waiting.askedBy()).isEqualTo("Priya Tester");
            });
    assertThat(threads.open(given.person, null, 1, as(given.gp)).waiting())
        .extracting(ThreadPage.Waiting::text)
        .singleElement()
        .asString()
        .startsWith("Priya Tester asked Robin Hale to reply on");
    assertThat(topic).isNotNull();

    post(given.patient, null, "They feel better than last week.");

    assertThat(conversations.awaitingReplyFrom(given.patient.id(), List.of(given.person)))
        .isEmpty();
    ThreadPage page = threads.open(given.person, null, 1, as(given.physio));
    assertThat(page.waiting()).isEmpty();
    assertThat(page.messages().get(1).replyStatus()).isEqualTo("Replied");
  }

  @Test
  void openingAThreadMarksItReadForThatAccountOnly() {
    post(given.physio, null, "First");
    post(given.physio, null, "Second");
    assertThat(conversations.unreadCounts(given.gp.id(), List.of(given.person)))
        .containsEntry(given.person, 2);

    ThreadPage firstLook = threads.open(given.person, null, 1, as(given.gp));
    ThreadPage secondLook = threads.open(given.person, null, 1, as(given.gp));

    assertThat(firstLook.messages()).allMatch(ThreadPage.MessageView::isNew);
    assertThat(secondLook.messages()).noneMatch(ThreadPage.MessageView::isNew);
    assertThat(conversations.unreadCounts(given.gp.id(), List.of(given.person))).isEmpty();
    assertThat(conversations.unreadCounts(given.patient.id(), List.of(given.person)))
        .containsEntry(given.person, 2);
    assertThat(events.stream(MessagesRead.class))
        .singleElement()
        .satisfies(read -> assertThat(read.reader()).isEqualTo(given.gp.id()));
    assertThat(secondLook.readers())
        .anySatisfy(
            row -> {
              assertThat(row.key()).isEqualTo("Robin Hale");
              assertThat(row.value()).containsExactly("Has not opened this yet");
            })
        .anySatisfy(row -> assertThat(row.value()).containsExactly("Has read every message"));
  }

  @Test
  void anEditKeepsTheOriginalVisibleAndOnlyTheAuthorMayEdit() {
    Messages.Posted posted = post(given.physio, null, "See you on Tuesday.");

    assertThat(
            messages
                .edit(given.person, posted.message(), 0, "See you on Wednesday.", as(given.physio))
                .outcome())
        .isEqualTo(Messages.Edited.SAVED);
    assertThatThrownBy(
            () -> messages.edit(given.person, posted.message(), 1, "Changed", as(given.gp)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThat(
            messages
                .edit(given.person, posted.message(), 0, "Stale window", as(given.physio))
                .outcome())
        .isEqualTo(Messages.Edited.CHANGED_ELSEWHERE);

    ThreadPage.MessageView seen =
        threads.open(given.person, null, 1, as(given.patient)).messages().get(0);
    assertThat(seen.edited()).isTrue();
    assertThat(seen.paragraphs()).containsExactly(List.of("See you on Wednesday."));
    assertThat(seen.earlier())
        .singleElement()
        .satisfies(
            earlier -> {
              assertThat(earlier.label()).startsWith("Original message, posted ");
              assertThat(earlier.paragraphs()).containsExactly(List.of("See you on Tuesday."));
            });
  }

  @Test
  void aRepeatedSubmitWithTheSameKeyStoresOneMessage() {
    NewMessage once = new NewMessage("Only once, please", null, UUID.randomUUID());

    Messages.Posted first = messages.post(given.person, null, once, as(given.physio));
    Messages.Posted again = messages.post(given.person, null, once, as(given.physio));

    assertThat(again.created()).isFalse();
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
    assertThat(events.stream(MessagePosted.class)).hasSize(1);
  }

  @Test
  void refusesToAskSomeoneOffTheRecordForAReply() {
    NewMessage asking = new NewMessage("Over to you", given.offTeam.id(), UUID.randomUUID());

    assertThatThrownBy(() -> messages.post(given.person, null, asking, as(given.physio)))
        .isInstanceOf(ReplyNotAllowedException.class);
    assertThat(given.messagesOn(given.person)).isZero();
  }

  @Test
  void aThreadFromAnotherRecordIsNotFoundAndNothingIsPosted() {
    UUID other = given.anotherRecord();
    UUID otherTopic =
        messages
            .startThread(
                other,
                "Their topic",
                new NewMessage("Hello", null, UUID.randomUUID()),
                as(given.physio))
            .thread();

    assertThatThrownBy(() -> post(given.patient, otherTopic, "Sneaking in"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> threads.open(given.person, otherTopic, 1, as(given.patient)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(given.messagesOn(given.person)).isZero();
    assertThat(given.messagesOn(other)).isEqualTo(1);
  }

  @Test
  void aPractitionerOffTheTeamAndAnotherPatientAreRefusedAndAudited() {
    post(given.physio, null, "Private to the team");

    for (var stranger : List.of(given.offTeam, given.otherPatient)) {
      assertThatThrownBy(() -> threads.open(given.person, null, 1, as(stranger)))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> post(stranger, null, "Let me in"))
          .isInstanceOf(RecordNotFoundException.class);
    }
    assertThat(given.audited(given.person, "conversation.viewed", "denied")).isEqualTo(2);
    assertThat(given.audited(given.person, "message.posted", "denied")).isEqualTo(2);
    assertThat(given.messagesOn(given.person)).isEqualTo(1);
    assertThat(conversations.unreadCounts(given.offTeam.id(), List.of(given.person))).isEmpty();
    assertThat(conversations.notificationCount(given.otherPatient.id())).isZero();
  }

  @Test
  void latestMessagesForTheTimelineShowAHiddenMessageWithoutItsText() {
    post(given.physio, null, "One");
    Messages.Posted second = post(given.gp, null, "Two");
    jdbc.sql("update conversation_message set hidden_at = now(), hidden_by = ? where id = ?")
        .params(given.gp.id(), second.message())
        .update();

    List<MessageSummary> latest =
        conversations.latest(access.require(given.person, as(given.physio), "record.viewed"), 5);

    assertThat(latest).extracting(MessageSummary::text).containsExactly(null, "One");
    assertThat(latest.get(0).hidden()).isTrue();
    assertThat(latest.get(1).authorName()).isEqualTo("Priya Tester");
    assertThat(
            conversations.postedSince(
                access.require(given.person, as(given.physio), "record.viewed"),
                Instant.now().minusSeconds(60)))
        .hasSize(2);
  }

  private Messages.Posted post(
      care.tandem.identity.account.Account author, UUID thread, String text) {
    return messages.post(
        given.person, thread, new NewMessage(text, null, UUID.randomUUID()), as(author));
  }
}
