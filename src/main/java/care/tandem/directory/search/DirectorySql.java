package care.tandem.directory.search;

import care.tandem.directory.Position;
import care.tandem.directory.search.DirectoryQuery.Listing;
import care.tandem.directory.search.DirectoryQuery.Near;
import care.tandem.directory.search.DirectoryQuery.Opening;
import care.tandem.directory.search.DirectoryQuery.Ordering;
import care.tandem.directory.search.DirectoryQuery.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQL for a directory query, with named parameters only (nothing typed is ever spliced into the
 * SQL). Near a place it keeps places inside a bounding box first (the position index answers it)
 * and measures only those with the haversine formula; a service is as near as its nearest place.
 * Words go through the full-text index and, when asked, the taxonomy term names.
 */
final class DirectorySql {

  private final DirectoryQuery query;
  private final boolean services;
  private final List<String> with = new ArrayList<>();
  private final StringBuilder joins = new StringBuilder();
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String distance = "null::double precision";
  private @Nullable String rank;

  DirectorySql(DirectoryQuery query) {
    this.query = query;
    this.services = query.listing() == Listing.SERVICES;
    where.append(query.listedOnly() ? "s.status in ('active', 'temporarily closed')" : "true");
    if (query.words() != null) {
      words(query.words());
    }
    if (query.near() != null) {
      near(query.near());
    }
    filters();
    parameters.put("limit", query.limit());
    parameters.put("offset", query.offset());
  }

  /** The page of rows, each carrying the total of all rows found (one query for both). */
  String pageWithTotal() {
    return select(", count(*) over () as total");
  }

  /** The page of rows alone. */
  String page() {
    return select("");
  }

  /** How many rows there are in all. */
  String count() {
    return withClause() + "select count(*)\n" + from(false) + "where " + where;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  private String select(String total) {
    return withClause()
        + "select "
        + (services ? "s.id" : "sal.id")
        + ", s.name, o.name as organisation, coalesce(s.description, '') as description,"
        + " s.status = 'temporarily closed' as temporarily_closed, "
        + distance
        + " as metres"
        + total
        + "\n"
        + from(true)
        + "where "
        + where
        + "\norder by "
        + order()
        + "\nlimit :limit offset :offset";
  }

  private String withClause() {
    return with.isEmpty() ? "" : "with " + String.join(",\n", with) + "\n";
  }

  private String from(boolean organisation) {
    String from =
        services
            ? "from directory_service s\n"
            : "from directory_service_at_location sal"
                + " join directory_service s on s.id = sal.service_id"
                + " join directory_location l on l.id = sal.location_id\n";
    if (organisation) {
      from += "join directory_organization o on o.id = s.organization_id\n";
    }
    return from + joins;
  }

  private String order() {
    String id = services ? "s.id" : "sal.id";
    boolean near = query.near() != null;
    if (query.ordering() == Ordering.NEAREST_OR_NAME) {
      return near ? distance + ", " + id : "s.name, " + id;
    }
    return (near ? distance + ", " : "") + (rank != null ? rank + " desc, " : "") + "s.name, " + id;
  }

  private void words(DirectoryQuery.Words words) {
    parameters.put("text", words.text());
    with.add("typed as (select websearch_to_tsquery('english', :text) as query)");
    String matched =
        """
        matched as (
          select s.id, ts_rank(s.search_document, typed.query) as rank
          from directory_service s, typed where s.search_document @@ typed.query""";
    if (words.termNames()) {
      with.add(
          """
          named_terms as (
            select t.id from directory_taxonomy_term t, typed
            where to_tsvector('english', t.name) @@ typed.query)""");
      matched +=
          """

            union all
            select a.link_id, 0.05 from directory_attribute a
            where a.link_entity = 'service' and a.taxonomy_term_id in (select id from named_terms)""";
    }
    with.add(matched + ")");
    with.add("ranked as (select id, sum(rank) as rank from matched group by id)");
    joins.append("join ranked on ranked.id = s.id\n");
    rank = "ranked.rank";
  }

  private void near(Near near) {
    Position origin = near.origin();
    parameters.put("latitude", origin.latitude());
    parameters.put("longitude", origin.longitude());
    String box = "";
    if (near.withinMetres() != null) {
      Position.Box around = origin.boxAround(near.withinMetres());
      parameters.put("south", around.south());
      parameters.put("north", around.north());
      parameters.put("west", around.west());
      parameters.put("east", around.east());
      parameters.put("metres", near.withinMetres());
      box = " and l.latitude between :south and :north and l.longitude between :west and :east";
    }
    String haversine =
        """
        2 * %s * asin(least(1, sqrt(
            power(sin(radians(l.latitude - :latitude) / 2), 2)
            + cos(radians(:latitude)) * cos(radians(l.latitude))
              * power(sin(radians(l.longitude - :longitude) / 2), 2))))"""
            .formatted(Position.EARTH_RADIUS_METRES);
    String within = near.withinMetres() != null ? " and near.metres <= :metres" : "";
    if (services) {
      with.add(
          """
          near as (
            select sal.service_id, min(%s) as metres
            from directory_location l
            join directory_service_at_location sal on sal.location_id = l.id
            where l.latitude is not null%s
            group by sal.service_id)"""
              .formatted(haversine, box));
      joins.append("join near on near.service_id = s.id").append(within).append("\n");
    } else {
      joins.append("cross join lateral (select ").append(haversine).append(" as metres) near\n");
      where.append("\n and l.latitude is not null").append(box).append(within);
    }
    distance = "near.metres";
  }

  private void filters() {
    for (int i = 0; i < query.terms().size(); i++) {
      terms("terms" + i, query.terms().get(i));
    }
    if (query.taxonomyId() != null) {
      parameters.put("taxonomy", query.taxonomyId());
      where.append(
          "\n and exists (select 1 from directory_attribute a join directory_taxonomy_term t"
              + " on t.id = a.taxonomy_term_id where a.link_id = s.id and t.taxonomy_id = :taxonomy)");
    }
    if (query.freeOnly()) {
      where.append(
          "\n and not exists (select 1 from directory_cost_option c"
              + " where c.service_id = s.id and c.amount > 0)");
    }
    if (query.ageFrom() != null) {
      parameters.put("ageFrom", query.ageFrom());
      where.append("\n and (s.maximum_age is null or s.maximum_age >= :ageFrom)");
    }
    if (query.ageTo() != null) {
      parameters.put("ageTo", query.ageTo());
      where.append("\n and (s.minimum_age is null or s.minimum_age <= :ageTo)");
    }
    if (query.opening() != null) {
      opening(query.opening());
    }
    if (query.language() != null) {
      parameters.put("language", query.language().toLowerCase(Locale.UK));
      where.append(
          "\n and exists (select 1 from directory_language dl where dl.service_id = s.id"
              + " and (lower(dl.name) = :language or lower(dl.code) = :language))");
    }
  }

  private void terms(String name, Terms terms) {
    parameters.put(name, terms.anyOf());
    String linked =
        switch (terms.link()) {
          case SERVICE -> "a.link_id = s.id and a.link_entity = 'service'";
          case SERVICE_ID -> "a.link_id = s.id";
          case SERVICE_OR_LOCATIONS ->
              "(a.link_id = s.id or a.link_id in (select sl.location_id"
                  + " from directory_service_at_location sl where sl.service_id = s.id))";
        };
    where
        .append("\n and exists (select 1 from directory_attribute a where ")
        .append(linked)
        .append(" and a.taxonomy_term_id in (:")
        .append(name)
        .append("))");
  }

  private void opening(Opening opening) {
    if (opening.activeOnly()) {
      where.append("\n and s.status = 'active'");
    }
    where.append("\n and exists (select 1 from directory_schedule sc where sc.service_id = s.id");
    if (opening.weeklyOnly()) {
      where.append(" and sc.freq = 'WEEKLY'");
    }
    if (opening.day() != null) {
      parameters.put("day", opening.day().name().substring(0, 2));
      where.append(" and :day = any(string_to_array(sc.byday, ','))");
    }
    if (opening.startTime() != null) {
      parameters.put("startTime", opening.startTime());
      where.append(" and sc.opens_at <= :startTime and sc.closes_at > :startTime");
    }
    if (opening.endTime() != null) {
      parameters.put("endTime", opening.endTime());
      where.append(" and sc.opens_at < :endTime and sc.closes_at >= :endTime");
    }
    where.append(")");
  }
}
