package care.tandem.directory.finding;

import care.tandem.directory.Position;
import care.tandem.directory.TandemTaxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one SQL query for a page of results, built from the criteria with named parameters only
 * (nothing typed is ever spliced into the SQL). From a postcode it starts with the places inside a
 * bounding box (the position index), measures each with the haversine formula and keeps each
 * service's nearest; words go through the full-text index and the taxonomy term names.
 */
final class SearchQuery {

  static final double EARTH_RADIUS_METRES = 6_371_008.8;

  private final StringBuilder with = new StringBuilder();
  private final StringBuilder joins = new StringBuilder();
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String distance = "null::double precision";
  private String order = "s.name, s.id";

  SearchQuery(SearchCriteria criteria, @Nullable Position origin) {
    if (!criteria.text().isEmpty()) {
      words(criteria.text());
    }
    if (origin != null) {
      near(origin, criteria.withinKm());
    }
    filters(criteria);
    parameters.put("limit", SearchCriteria.PAGE_SIZE);
    parameters.put("offset", criteria.offset());
  }

  String sql() {
    return (with.isEmpty() ? "" : "with " + with + "\n")
        + "select s.id, s.name, o.name as organisation, coalesce(s.description, '') as description,"
        + " s.status = 'temporarily closed' as temporarily_closed, "
        + distance
        + " as metres, count(*) over () as total\n"
        + "from directory_service s join directory_organization o on o.id = s.organization_id\n"
        + joins
        + "where s.status in ('active', 'temporarily closed')"
        + where
        + "\norder by "
        + order
        + "\nlimit :limit offset :offset";
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  private void words(String text) {
    parameters.put("text", text);
    append(
        """
        typed as (select websearch_to_tsquery('english', :text) as query),
        named_terms as (
          select t.id from directory_taxonomy_term t, typed
          where to_tsvector('english', t.name) @@ typed.query),
        matched as (
          select s.id, ts_rank(s.search_document, typed.query) as rank
          from directory_service s, typed where s.search_document @@ typed.query
          union all
          select a.link_id, 0.05 from directory_attribute a
          where a.link_entity = 'service' and a.taxonomy_term_id in (select id from named_terms)),
        ranked as (select id, sum(rank) as rank from matched group by id)""");
    joins.append("join ranked on ranked.id = s.id\n");
    order = "ranked.rank desc, s.name, s.id";
  }

  private void near(Position origin, int withinKm) {
    double metres = withinKm * 1000.0;
    Position.Box box = origin.boxAround(metres);
    parameters.put("latitude", origin.latitude());
    parameters.put("longitude", origin.longitude());
    parameters.put("south", box.south());
    parameters.put("north", box.north());
    parameters.put("west", box.west());
    parameters.put("east", box.east());
    parameters.put("metres", metres);
    append(
        """
        near as (
          select sal.service_id, min(2 * %s * asin(least(1, sqrt(
              power(sin(radians(l.latitude - :latitude) / 2), 2)
              + cos(radians(:latitude)) * cos(radians(l.latitude))
                * power(sin(radians(l.longitude - :longitude) / 2), 2))))) as metres
          from directory_location l
          join directory_service_at_location sal on sal.location_id = l.id
          where l.latitude between :south and :north and l.longitude between :west and :east
          group by sal.service_id)"""
            .formatted(EARTH_RADIUS_METRES));
    joins.append("join near on near.service_id = s.id and near.metres <= :metres\n");
    distance = "near.metres";
    order = "near.metres, " + order;
  }

  private void filters(SearchCriteria criteria) {
    if (!criteria.needs().isEmpty()) {
      parameters.put("needs", ids(criteria.needs()));
      where.append(serviceHasAnyOf("needs"));
    }
    if (criteria.freeOnly()) {
      where.append(
          "\n and not exists (select 1 from directory_cost_option c"
              + " where c.service_id = s.id and c.amount > 0)");
    }
    if (criteria.age() != null) {
      parameters.put("age", criteria.age());
      where.append(
          "\n and (s.minimum_age is null or s.minimum_age <= :age)"
              + " and (s.maximum_age is null or s.maximum_age >= :age)");
    }
    if (criteria.day() != null) {
      parameters.put("day", criteria.day().name().substring(0, 2));
      where.append(
          "\n and exists (select 1 from directory_schedule sc where sc.service_id = s.id"
              + " and sc.freq = 'WEEKLY' and :day = any(string_to_array(sc.byday, ',')))");
    }
    if (!criteria.delivery().isEmpty()) {
      parameters.put("delivery", ids(criteria.delivery()));
      where.append(serviceHasAnyOf("delivery"));
    }
    if (criteria.language() != null) {
      parameters.put("language", criteria.language().toLowerCase(java.util.Locale.UK));
      where.append(
          "\n and exists (select 1 from directory_language dl where dl.service_id = s.id"
              + " and (lower(dl.name) = :language or lower(dl.code) = :language))");
    }
    for (int i = 0; i < criteria.access().size(); i++) {
      String name = "access" + i;
      parameters.put(name, criteria.access().get(i).id());
      where.append(
          ("\n and exists (select 1 from directory_attribute a where a.taxonomy_term_id = :%s"
                  + " and (a.link_id = s.id or a.link_id in (select sal.location_id"
                  + " from directory_service_at_location sal where sal.service_id = s.id)))")
              .formatted(name));
    }
    if (criteria.selfReferral()) {
      parameters.put("selfReferral", List.of(TandemTaxonomy.SELF_REFERRAL));
      where.append(serviceHasAnyOf("selfReferral"));
    }
  }

  private static String serviceHasAnyOf(String parameter) {
    return ("\n and exists (select 1 from directory_attribute a where a.link_id = s.id"
            + " and a.link_entity = 'service' and a.taxonomy_term_id in (:%s))")
        .formatted(parameter);
  }

  private static List<java.util.UUID> ids(List<DirectoryTerm> terms) {
    return terms.stream().map(DirectoryTerm::id).toList();
  }

  private void append(String commonTableExpression) {
    if (!with.isEmpty()) {
      with.append(",\n");
    }
    with.append(commonTableExpression);
  }
}
