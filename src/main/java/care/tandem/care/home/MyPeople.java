package care.tandem.care.home;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.timeline.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's people: everyone whose care team they are on now, and nobody else, with what is
 * waiting for them on each record. A fixed number of queries however long the list: who, their
 * details, and one per column across all of them.
 */
@Service
class MyPeople {

  static final int PAGE_SIZE = 25;

  /** Actions count as due when they fall due within this many days, or are overdue. */
  static final int DAYS_AHEAD = 7;

  private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

  private final CareAccess access;
  private final People people;
  private final Timeline timeline;
  private final Optional<ConversationFigures> conversation;
  private final Optional<PlanFigures> plans;

  MyPeople(
      CareAccess access,
      People people,
      Timeline timeline,
      Optional<ConversationFigures> conversation,
      Optional<PlanFigures> plans) {
    this.access = access;
    this.people = people;
    this.timeline = timeline;
    this.conversation = conversation;
    this.plans = plans;
  }

  /** Which columns the list can show: those whose part of the record exists. */
  Columns columns() {
    return new Columns(conversation.isPresent(), plans.isPresent());
  }

  /** One page of the account's people who match the search, sorted. */
  @Transactional(readOnly = true)
  Listing list(UUID account, PeopleSearch search, PeopleSort sort, int page) {
    List<UUID> ids = access.peopleOnTeamsOf(account);
    int everyone = ids.size();
    List<Person> found = people.findAll(ids).values().stream().filter(search).toList();
    List<UUID> foundIds = found.stream().map(Person::id).toList();
    Map<UUID, Instant> latest = timeline.latestActivity(foundIds);
    Map<UUID, Integer> unread = conversation.map(c -> c.unread(account, foundIds)).orElse(Map.of());
    Map<UUID, Integer> awaiting =
        conversation.map(c -> c.repliesAwaitedFrom(account, foundIds)).orElse(Map.of());
    LocalDate dueBy = LocalDate.now(UK_TIME).plusDays(DAYS_AHEAD);
    Map<UUID, Integer> due =
        plans.map(p -> p.actionsDue(account, foundIds, dueBy)).orElse(Map.of());
    List<Row> rows =
        found.stream()
            .map(
                person ->
                    new Row(
                        person,
                        latest.get(person.id()),
                        unread.getOrDefault(person.id(), 0),
                        awaiting.getOrDefault(person.id(), 0),
                        due.getOrDefault(person.id(), 0)))
            .sorted(order(sort))
            .toList();
    int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = Math.max(1, Math.min(page, pages));
    List<Row> shown =
        rows.subList(
            Math.min((number - 1) * PAGE_SIZE, rows.size()),
            Math.min(number * PAGE_SIZE, rows.size()));
    return new Listing(shown, number, pages, rows.size(), everyone);
  }

  private Comparator<Row> order(PeopleSort sort) {
    Comparator<Row> byName =
        Comparator.comparing(
                (Row row) -> row.person().details().familyName().toLowerCase(Locale.UK))
            .thenComparing(row -> row.person().details().givenName().toLowerCase(Locale.UK))
            .thenComparing(row -> row.person().id());
    return switch (sort) {
      case NAME -> byName;
      case ACTIVITY ->
          Comparator.comparing(
                  Row::latest, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
              .thenComparing(byName);
      case UNREAD -> mostFirst(Row::unread, byName);
      case REPLIES -> mostFirst(Row::repliesAwaited, byName);
      case ACTIONS -> mostFirst(Row::actionsDue, byName);
    };
  }

  private static Comparator<Row> mostFirst(ToIntFunction<Row> figure, Comparator<Row> then) {
    return Comparator.comparingInt(figure).reversed().thenComparing(then);
  }

  /** One person on the list, with what is waiting for the practitioner there. */
  record Row(
      Person person, @Nullable Instant latest, int unread, int repliesAwaited, int actionsDue) {}

  /**
   * A page of the list.
   *
   * @param matching how many people match the search
   * @param everyone how many people the practitioner has, search or not
   */
  record Listing(List<Row> rows, int page, int pages, int matching, int everyone) {}

  /** Which figures exist yet. */
  record Columns(boolean conversation, boolean plan) {}
}
