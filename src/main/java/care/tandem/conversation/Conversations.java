package care.tandem.conversation;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other parts of Tandem (home pages, timeline, FHIR) may ask about conversations. Questions
 * about an account across records only ever answer for the records it may see now (its own, and
 * those whose team it is on), whatever ids are passed; questions about one record take a {@link
 * RecordAccess}.
 */
@Service
public class Conversations {

  private final CareAccess access;
  private final People people;
  private final StaffDirectory staff;
  private final MessageRepository messages;
  private final NoticeRepository notices;

  Conversations(
      CareAccess access,
      People people,
      StaffDirectory staff,
      MessageRepository messages,
      NoticeRepository notices) {
    this.access = access;
    this.people = people;
    this.staff = staff;
    this.messages = messages;
    this.notices = notices;
  }

  /** The records the account may see now: its own, and those whose care team it is on. */
  @Transactional(readOnly = true)
  public Set<UUID> recordsOf(UUID account) {
    Set<UUID> records = new LinkedHashSet<>();
    access.personOf(account).ifPresent(records::add);
    records.addAll(access.peopleOnTeamsOf(account));
    return records;
  }

  /** Unread messages for the account, per person, among {@code persons}; absent means none. */
  @Transactional(readOnly = true)
  public Map<UUID, Integer> unreadCounts(UUID account, Collection<UUID> persons) {
    return notices.unreadCounts(account, visible(account, persons));
  }

  /** Replies asked of the account and still waiting, among {@code persons}, the oldest first. */
  @Transactional(readOnly = true)
  public List<AwaitingReply> awaitingReplyFrom(UUID account, Collection<UUID> persons) {
    List<Message> waiting = notices.awaitingReplyFrom(account, visible(account, persons));
    Map<UUID, Person> records = people.findAll(waiting.stream().map(Message::person).toList());
    Map<UUID, @Nullable String> titles =
        notices.titles(waiting.stream().map(Message::thread).collect(Collectors.toSet()));
    Map<UUID, StaffMember> authors = staff.findAll(accountsOf(waiting));
    return waiting.stream()
        .map(
            message ->
                new AwaitingReply(
                    message.person(),
                    nameOf(records.get(message.person())),
                    message.thread(),
                    titles.get(message.thread()),
                    message.id(),
                    authorName(message, records, authors),
                    message.postedAt(),
                    href(message, titles.get(message.thread()))))
        .toList();
  }

  /** Threads with messages the account has not read, among {@code persons}, newest first. */
  @Transactional(readOnly = true)
  public List<UnreadThread> unreadThreads(UUID account, Collection<UUID> persons) {
    List<NoticeRepository.Unread> unread =
        notices.unreadThreads(account, visible(account, persons));
    Map<UUID, Person> records =
        people.findAll(unread.stream().map(NoticeRepository.Unread::person).toList());
    Map<UUID, StaffMember> authors =
        staff.findAll(
            unread.stream()
                .map(NoticeRepository.Unread::latestAuthor)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return unread.stream()
        .map(
            thread ->
                new UnreadThread(
                    thread.person(),
                    nameOf(records.get(thread.person())),
                    thread.thread(),
                    thread.title(),
                    thread.unread(),
                    thread.latestByThePerson() || thread.latestAuthor() == null
                        ? nameOf(records.get(thread.person()))
                        : nameOf(authors.get(thread.latestAuthor())),
                    thread.latestAt(),
                    threadHref(thread.person(), thread.thread(), thread.title())))
        .toList();
  }

  /** How many messages are unread by the account or wait for its reply, on all its records. */
  @Transactional(readOnly = true)
  public int notificationCount(UUID account) {
    return notices.count(account, recordsOf(account));
  }

  /**
   * Whose record the message is on, before any access check (for the FHIR interface, which reads a
   * message by its id): follow with a {@code CareAccess} check before reading anything.
   */
  @Transactional(readOnly = true)
  public Optional<UUID> recordOf(UUID message) {
    return messages.findAnywhere(message).map(Message::person);
  }

  /** The record's latest messages, newest first. */
  @Transactional(readOnly = true)
  public List<MessageSummary> latest(RecordAccess allowed, int limit) {
    return summaries(allowed, messages.latest(allowed.person(), Math.max(0, limit)));
  }

  /** The record's messages posted after {@code since}, oldest first (for a timeline). */
  @Transactional(readOnly = true)
  public List<MessageSummary> postedSince(RecordAccess allowed, Instant since) {
    return summaries(allowed, messages.postedSince(allowed.person(), since));
  }

  private List<MessageSummary> summaries(RecordAccess allowed, List<Message> found) {
    Map<UUID, Person> records = people.findAll(List.of(allowed.person()));
    Map<UUID, StaffMember> authors = staff.findAll(accountsOf(found));
    Map<UUID, @Nullable String> titles =
        notices.titles(found.stream().map(Message::thread).collect(Collectors.toSet()));
    return found.stream()
        .map(
            message ->
                new MessageSummary(
                    message.id(),
                    message.person(),
                    message.thread(),
                    titles.get(message.thread()),
                    message.author(),
                    authorName(message, records, authors),
                    message.byThePerson(),
                    message.postedAt(),
                    message.isHidden() ? null : message.text(),
                    message.isEdited(),
                    message.replyRequestedFrom(),
                    message.awaitsReply(),
                    href(message, titles.get(message.thread()))))
        .toList();
  }

  private Set<UUID> visible(UUID account, Collection<UUID> persons) {
    Set<UUID> wanted = new HashSet<>(persons);
    wanted.retainAll(recordsOf(account));
    return wanted;
  }

  private static Set<UUID> accountsOf(List<Message> found) {
    return found.stream().map(Message::author).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private static String authorName(
      Message message, Map<UUID, Person> records, Map<UUID, StaffMember> authors) {
    Person person = records.get(message.person());
    if (message.byThePerson()
        || person != null && person.accountId() != null && message.isBy(person.accountId())) {
      return nameOf(person);
    }
    if (message.author() == null) {
      return "Unknown";
    }
    StaffMember author = authors.get(message.author());
    // Someone helping the person (a carer) writes with the person's consent: say whose helper.
    if (author != null && "CARER".equals(author.role())) {
      return author.displayName() + " (helping " + nameOf(person) + ")";
    }
    return nameOf(author);
  }

  private static String nameOf(@Nullable Person person) {
    return person == null ? "Unknown" : person.fullName();
  }

  private static String nameOf(@Nullable StaffMember member) {
    return member == null ? "Unknown" : member.displayName();
  }

  private static String href(Message message, @Nullable String title) {
    return threadHref(message.person(), message.thread(), title) + "#message-" + message.id();
  }

  private static String threadHref(UUID person, UUID thread, @Nullable String title) {
    return ConversationController.hrefOf(person, title == null ? null : thread);
  }
}
