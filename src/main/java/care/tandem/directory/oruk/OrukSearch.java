package care.tandem.directory.oruk;

import care.tandem.directory.Position;
import care.tandem.directory.search.DirectoryQueries;
import care.tandem.directory.search.DirectoryQuery;
import care.tandem.directory.search.DirectoryQuery.Listing;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ORUK API's filters as a {@link DirectoryQuery} (the directory's one search), returning a page
 * of ids and the total. Every status is listed, by name. Ages overlap: {@code minimum_age=a} keeps
 * services that take people aged a or older (their maximum age is unset or at least a), {@code
 * maximum_age=b} those that take people aged b or younger. {@code day}, {@code start_time} and
 * {@code end_time} keep services with an opening on that day covering that time. Near a postcode,
 * services at locations are ordered by distance.
 */
@Component
class OrukSearch {

  record Found(long total, List<UUID> ids) {}

  private final DirectoryQueries queries;

  OrukSearch(DirectoryQueries queries) {
    this.queries = queries;
  }

  Found services(OrukQuery query) {
    return found(queries.countThenFind(query(query, Listing.SERVICES, null)));
  }

  Found servicesAtLocations(OrukQuery query, @Nullable Position near) {
    return found(queries.countThenFind(query(query, Listing.SERVICES_AT_LOCATIONS, near)));
  }

  static DirectoryQuery query(OrukQuery query, Listing listing, @Nullable Position near) {
    List<DirectoryQuery.Terms> terms =
        query.taxonomyTermId() == null
            ? List.of()
            : List.of(
                new DirectoryQuery.Terms(
                    List.of(query.taxonomyTermId()), DirectoryQuery.Link.SERVICE_ID));
    DirectoryQuery.Opening opening = null;
    if (query.day() != null || query.startTime() != null || query.endTime() != null) {
      opening =
          new DirectoryQuery.Opening(
              day(query.day()), query.startTime(), query.endTime(), false, false);
    }
    return new DirectoryQuery(
        listing,
        false,
        query.search() == null ? null : new DirectoryQuery.Words(query.search(), false),
        terms,
        query.taxonomyId(),
        near == null
            ? null
            : new DirectoryQuery.Near(
                near, query.proximity() == null ? null : query.proximity().doubleValue()),
        false,
        query.minimumAge(),
        query.maximumAge(),
        opening,
        null,
        DirectoryQuery.Ordering.NEAREST_OR_NAME,
        query.offset(),
        query.perPage());
  }

  private static @Nullable DayOfWeek day(@Nullable String code) {
    if (code == null) {
      return null;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(code)) {
        return day;
      }
    }
    throw new IllegalArgumentException("Not a day: " + code);
  }

  private static Found found(DirectoryQueries.Found found) {
    return new Found(found.total(), found.ids());
  }
}
