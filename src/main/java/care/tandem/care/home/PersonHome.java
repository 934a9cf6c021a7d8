package care.tandem.care.home;

import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordVisits;
import care.tandem.care.record.RecordSections;
import care.tandem.care.timeline.EntryView;
import care.tandem.care.timeline.Timeline;
import care.tandem.care.timeline.TimelineEntry;
import care.tandem.care.timeline.TimelineViews;
import gg.jte.Content;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The person's own home page: the parts of their record in brief (their plan, their messages), what
 * others added to their record since they last looked, and their team. Only their own record: the
 * one their account belongs to.
 */
@Service
class PersonHome {

  static final int NEWS_LIMIT = 5;

  private final CareAccess careAccess;
  private final People people;
  private final CareTeam team;
  private final RecordVisits visits;
  private final Timeline timeline;
  private final TimelineViews timelineViews;
  private final TeamContacts contacts;
  private final RecordSections recordSections;
  private final ObjectProvider<HomeSection> sections;

  PersonHome(
      CareAccess careAccess,
      People people,
      CareTeam team,
      RecordVisits visits,
      Timeline timeline,
      TimelineViews timelineViews,
      TeamContacts contacts,
      RecordSections recordSections,
      ObjectProvider<HomeSection> sections) {
    this.careAccess = careAccess;
    this.people = people;
    this.team = team;
    this.visits = visits;
    this.timeline = timeline;
    this.timelineViews = timelineViews;
    this.contacts = contacts;
    this.recordSections = recordSections;
    this.sections = sections;
  }

  /** Their home, or empty when no record is linked to their account yet. */
  Optional<PersonHomeView> of(Authentication viewer) {
    Optional<UUID> own = ownRecord(viewer);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    RecordAccess access = careAccess.require(own.get(), viewer, "home.viewed");
    String base = "/people/" + access.person();
    // Reading only: the visit is recorded when they open the record's timeline.
    @Nullable Instant lastVisit = visits.lastSeen(access.person(), access.account()).orElse(null);
    List<TimelineEntry> news = timeline.since(access, lastVisit, NEWS_LIMIT);
    List<EntryView> newsViews =
        timelineViews.entries(news, access.account(), entry -> lastVisit != null);
    return Optional.of(
        new PersonHomeView(
            people.person(access).details().nameToUse(),
            base,
            base + "/timeline",
            base + "/conversation",
            base + "/team",
            lastVisit == null ? null : EntryView.when(lastVisit),
            recordSections.forPersonHome(access),
            newsViews,
            contacts.of(team.current(access)),
            sectionsFor(access)));
  }

  private List<Content> sectionsFor(RecordAccess access) {
    return sections.stream()
        .sorted(Comparator.comparingInt(HomeSection::order))
        .flatMap(section -> section.forPerson(access).stream())
        .toList();
  }

  private Optional<UUID> ownRecord(Authentication viewer) {
    try {
      return careAccess.personOf(UUID.fromString(viewer.getName()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
