package care.tandem.care.timeline;

import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordHeader;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Shapes timeline entries for pages: names of who acted (one lookup per page), times, links. */
@NamedInterface("timeline")
@Component
public class TimelineViews {

  private final StaffDirectory staff;

  TimelineViews(StaffDirectory staff) {
    this.staff = staff;
  }

  /** Entries as a page shows them, each marked new if {@code isNew} says so. */
  public List<EntryView> entries(
      Collection<TimelineEntry> entries,
      UUID viewer,
      java.util.function.Predicate<TimelineEntry> isNew) {
    Map<UUID, String> names = namesOf(entries);
    return entries.stream()
        .map(entry -> EntryView.of(entry, viewer, names, isNew.test(entry)))
        .toList();
  }

  TimelineView timeline(
      RecordAccess access,
      RecordHeader header,
      String personName,
      Set<TimelineFilter> filters,
      TimelinePage page) {
    List<EntryView> shown =
        entries(page.entries(), access.account(), e -> page.isNew(e, access.account()));
    List<String> ticked = filters.stream().map(TimelineFilter::value).toList();
    String since = page.lastVisit() == null ? null : page.lastVisit().toString();
    String path = RecordLinks.timeline(access.person());
    return new TimelineView(
        header,
        path,
        personName,
        RecordLinks.record(access.person()),
        FormView.of(new TimelineForm(ticked, null, null)),
        Arrays.stream(TimelineFilter.values())
            .map(filter -> Choice.of(filter.value(), filter.label()))
            .toList(),
        since,
        newSummary(page),
        shown.stream().filter(EntryView::isNew).toList(),
        shown.stream().filter(entry -> !entry.isNew()).toList(),
        summary(page),
        page.hasPrevious()
            ? new Pagination.Step(
                href(path, ticked, since, page.page() - 1), "Page " + (page.page() - 1))
            : null,
        page.hasNext()
            ? new Pagination.Step(
                href(path, ticked, since, page.page() + 1), "Page " + (page.page() + 1))
            : null);
  }

  private Map<UUID, String> namesOf(Collection<TimelineEntry> entries) {
    List<UUID> actors =
        entries.stream().map(TimelineEntry::actor).filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new HashMap<>();
    staff.findAll(actors).forEach((id, member) -> names.put(id, nameOf(member)));
    return names;
  }

  private static String nameOf(StaffMember member) {
    return member.displayName();
  }

  private static @Nullable String newSummary(TimelinePage page) {
    Instant lastVisit = page.lastVisit();
    if (lastVisit == null) {
      return null;
    }
    int count = page.newSinceLastVisit();
    return (count == 0 ? "Nothing new" : count == 1 ? "1 new entry" : count + " new entries")
        + " since your last visit on "
        + EntryView.when(lastVisit);
  }

  private static String summary(TimelinePage page) {
    if (page.entries().isEmpty()) {
      return page.page() > 1 ? "There are no more entries" : "Nothing to show yet";
    }
    int first = (page.page() - 1) * page.pageSize() + 1;
    int last = first + page.entries().size() - 1;
    return "Showing "
        + first
        + " to "
        + last
        + " of "
        + page.total()
        + (page.total() == 1 ? " entry" : " entries");
  }

  /** The same filters and comparison, on another page. */
  private static String href(String path, List<String> ticked, @Nullable String since, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    if (ticked.size() < TimelineFilter.values().length) {
      ticked.forEach(value -> uri.queryParam("show", value));
    }
    if (since != null) {
      uri.queryParam("since", since);
    }
    return uri.queryParam("page", page).encode().build().toUriString();
  }
}
