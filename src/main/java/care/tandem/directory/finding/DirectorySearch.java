package care.tandem.directory.finding;

import care.tandem.directory.Position;
import care.tandem.directory.TandemTaxonomy;
import care.tandem.directory.search.DirectoryQueries;
import care.tandem.directory.search.DirectoryQuery;
import care.tandem.directory.search.DirectoryQuery.Link;
import care.tandem.directory.search.DirectoryQuery.Terms;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the directory: active services (and temporarily closed ones, which pages mark) by need,
 * words, distance from a postcode and filters, a page of {@value SearchCriteria#PAGE_SIZE} at a
 * time. The criteria become a {@link DirectoryQuery}, the directory's one search. Built for 100,000
 * services: one query finds the page and the total, one more fetches the page's opening times,
 * costs and delivery together.
 */
@Service
public class DirectorySearch {

  private static final int SUMMARY_LENGTH = 180;

  private final JdbcClient jdbc;
  private final DirectoryQueries queries;

  DirectorySearch(JdbcClient jdbc, DirectoryQueries queries) {
    this.jdbc = jdbc;
    this.queries = queries;
  }

  /**
   * A page of services matching the criteria; {@code origin} is the searched postcode's centroid
   * (null to search everywhere). Criteria with nothing to search for find nothing.
   */
  @Transactional(readOnly = true)
  public SearchPage find(SearchCriteria criteria, @Nullable Position origin) {
    if (!criteria.hasCriteria()) {
      return new SearchPage(criteria, origin, 0, List.of());
    }
    DirectoryQueries.Found found = queries.find(query(criteria, origin));
    Map<UUID, Details> details = details(found.ids());
    List<ServiceSummary> services = new ArrayList<>();
    for (DirectoryQueries.Row row : found.rows()) {
      Details more = details.getOrDefault(row.id(), new Details());
      services.add(
          new ServiceSummary(
              row.id(),
              row.name(),
              row.organisation(),
              summary(row.description()),
              row.temporarilyClosed(),
              row.metres(),
              OpeningTimes.inWords(more.openings),
              more.lowestCost,
              more.delivery.stream().sorted().toList()));
    }
    return new SearchPage(criteria, origin, (int) found.total(), services);
  }

  /** The search page's criteria as a directory query: listed services, best match first. */
  static DirectoryQuery query(SearchCriteria criteria, @Nullable Position origin) {
    List<Terms> terms = new ArrayList<>();
    if (!criteria.needs().isEmpty()) {
      terms.add(new Terms(ids(criteria.needs()), Link.SERVICE));
    }
    if (!criteria.delivery().isEmpty()) {
      terms.add(new Terms(ids(criteria.delivery()), Link.SERVICE));
    }
    criteria
        .access()
        .forEach(need -> terms.add(new Terms(List.of(need.id()), Link.SERVICE_OR_LOCATIONS)));
    if (criteria.selfReferral()) {
      terms.add(new Terms(List.of(TandemTaxonomy.SELF_REFERRAL), Link.SERVICE));
    }
    return new DirectoryQuery(
        DirectoryQuery.Listing.SERVICES,
        true,
        criteria.text().isEmpty() ? null : new DirectoryQuery.Words(criteria.text(), true),
        terms,
        null,
        origin == null ? null : new DirectoryQuery.Near(origin, criteria.withinKm() * 1000.0),
        criteria.freeOnly(),
        criteria.age(),
        criteria.age(),
        criteria.day() == null
            ? null
            // "Open on Tuesday" never lists a service that is closed for now.
            : new DirectoryQuery.Opening(criteria.day(), null, null, true, true),
        criteria.language(),
        DirectoryQuery.Ordering.NEAREST_BEST_NAME,
        criteria.offset(),
        SearchCriteria.PAGE_SIZE);
  }

  private static List<UUID> ids(List<DirectoryTerm> terms) {
    return terms.stream().map(DirectoryTerm::id).toList();
  }

  private Map<UUID, Details> details(List<UUID> ids) {
    Map<UUID, Details> details = new HashMap<>();
    if (ids.isEmpty()) {
      return details;
    }
    jdbc.sql(
            """
            select service_id, 'opening' as kind, freq, byday, opens_at, closes_at, description,
                   null::numeric as amount, null::uuid as term
            from directory_schedule where service_id in (:ids)
            union all
            select service_id, 'cost', null, null, null, null, null, amount, null
            from directory_cost_option where service_id in (:ids) and amount > 0
            union all
            select link_id, 'term', null, null, null, null, null, null, taxonomy_term_id
            from directory_attribute
            where link_entity = 'service' and link_id in (:ids) and taxonomy_term_id in (:delivery)
            """)
        .param("ids", ids)
        .param("delivery", TandemTaxonomy.DELIVERY_TERMS)
        .query(
            (RowCallbackHandler)
                row ->
                    add(
                        details.computeIfAbsent(row.getObject(1, UUID.class), id -> new Details()),
                        row));
    return details;
  }

  private static void add(Details details, ResultSet row) throws SQLException {
    switch (row.getString("kind")) {
      case "opening" ->
          details.openings.add(
              new OpeningTimes.Opening(
                  row.getString("freq"),
                  row.getString("byday"),
                  localTime(row.getTime("opens_at")),
                  localTime(row.getTime("closes_at")),
                  row.getString("description")));
      case "cost" -> {
        BigDecimal amount = row.getBigDecimal("amount");
        if (details.lowestCost == null || amount.compareTo(details.lowestCost) < 0) {
          details.lowestCost = amount;
        }
      }
      default ->
          DirectoryTerm.ofId(row.getObject("term", UUID.class))
              .filter(term -> !details.delivery.contains(term))
              .ifPresent(details.delivery::add);
    }
  }

  private static java.time.@Nullable LocalTime localTime(@Nullable Time time) {
    return time == null ? null : time.toLocalTime();
  }

  /** The start of a description: its first sentences up to about {@value #SUMMARY_LENGTH}. */
  static String summary(String description) {
    String text = description.replaceAll("\\s+", " ").strip();
    if (text.length() <= SUMMARY_LENGTH) {
      return text;
    }
    int sentence = text.lastIndexOf(". ", SUMMARY_LENGTH);
    if (sentence > SUMMARY_LENGTH / 3) {
      return text.substring(0, sentence + 1);
    }
    int space = text.lastIndexOf(' ', SUMMARY_LENGTH);
    return text.substring(0, space > 0 ? space : SUMMARY_LENGTH) + "…";
  }

  private static final class Details {
    final List<OpeningTimes.Opening> openings = new ArrayList<>();
    final List<DirectoryTerm> delivery = new ArrayList<>();
    @Nullable BigDecimal lowestCost;
  }
}
