package care.tandem.directory.oruk;

import care.tandem.directory.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ORUK API's filters as SQL over the directory tables, returning a page of ids and the total.
 * Ages overlap: {@code minimum_age=a} keeps services that take people aged a or older (their
 * maximum age is unset or at least a), {@code maximum_age=b} those that take people aged b or
 * younger. {@code day}, {@code start_time} and {@code end_time} keep services with a weekly opening
 * on that day covering that time. Near a postcode, services at locations are ordered by distance.
 */
@Component
class OrukSearch {

  record Found(long total, List<UUID> ids) {}

  private final JdbcClient jdbc;

  OrukSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Found services(OrukQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = filters(query, parameters);
    long total =
        jdbc.sql("select count(*) from directory_service s where " + where)
            .params(parameters)
            .query(Long.class)
            .single();
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(query.perPage());
    paged.add(query.offset());
    List<UUID> ids =
        jdbc.sql(
                "select s.id from directory_service s where "
                    + where
                    + " order by s.name, s.id limit ? offset ?")
            .params(paged)
            .query(UUID.class)
            .list();
    return new Found(total, ids);
  }

  Found servicesAtLocations(OrukQuery query, @Nullable Position near) {
    List<Object> parameters = new ArrayList<>();
    String where = filters(query, parameters);
    String distance = "0";
    if (near != null) {
      distance =
          "6371008.8 * 2 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2) + cos(radians(?))"
              + " * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2)))";
      where += " and l.latitude is not null";
      if (query.proximity() != null) {
        where += boundingBox(near, query.proximity(), parameters);
      }
    }
    String from =
        " from directory_service_at_location sal join directory_service s on s.id = sal.service_id"
            + " join directory_location l on l.id = sal.location_id";
    List<Object> all = new ArrayList<>();
    String sql;
    if (near != null) {
      all.add(near.latitude());
      all.add(near.latitude());
      all.add(near.longitude());
      sql = "select sal.id, " + distance + " as metres" + from + " where " + where;
      if (query.proximity() != null) {
        sql = "select * from (" + sql + ") near where metres <= " + query.proximity();
      } else {
        sql = "select * from (" + sql + ") near";
      }
    } else {
      sql = "select sal.id, 0 as metres, s.name" + from + " where " + where;
    }
    all.addAll(parameters);
    long total =
        jdbc.sql("select count(*) from (" + sql + ") counted")
            .params(all)
            .query(Long.class)
            .single();
    List<Object> paged = new ArrayList<>(all);
    paged.add(query.perPage());
    paged.add(query.offset());
    String order = near != null ? " order by metres, id" : " order by name, id";
    List<UUID> ids =
        jdbc.sql("select id from (" + sql + ") page" + order + " limit ? offset ?")
            .params(paged)
            .query(UUID.class)
            .list();
    return new Found(total, ids);
  }

  /**
   * Keeps only places inside the box around {@code near} that holds the circle of {@code metres},
   * so the distance is worked out for nearby places only (the location index answers the box).
   */
  private static String boundingBox(Position near, Number metres, List<Object> parameters) {
    Position.Box box = near.boxAround(metres.doubleValue());
    parameters.add(box.south());
    parameters.add(box.north());
    parameters.add(box.west());
    parameters.add(box.east());
    return " and l.latitude between ? and ? and l.longitude between ? and ?";
  }

  private static String filters(OrukQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder("true");
    if (query.search() != null) {
      where.append(" and s.search_document @@ websearch_to_tsquery('english', ?)");
      parameters.add(query.search());
    }
    if (query.taxonomyTermId() != null) {
      where.append(
          " and exists (select 1 from directory_attribute a where a.link_id = s.id"
              + " and a.taxonomy_term_id = ?)");
      parameters.add(query.taxonomyTermId());
    }
    if (query.taxonomyId() != null) {
      where.append(
          " and exists (select 1 from directory_attribute a join directory_taxonomy_term t"
              + " on t.id = a.taxonomy_term_id where a.link_id = s.id and t.taxonomy_id = ?)");
      parameters.add(query.taxonomyId());
    }
    if (query.minimumAge() != null) {
      where.append(" and (s.maximum_age is null or s.maximum_age >= ?)");
      parameters.add(query.minimumAge());
    }
    if (query.maximumAge() != null) {
      where.append(" and (s.minimum_age is null or s.minimum_age <= ?)");
      parameters.add(query.maximumAge());
    }
    if (query.day() != null || query.startTime() != null || query.endTime() != null) {
      where.append(" and exists (select 1 from directory_schedule o where o.service_id = s.id");
      if (query.day() != null) {
        where.append(" and ? = any(string_to_array(o.byday, ','))");
        parameters.add(query.day());
      }
      if (query.startTime() != null) {
        where.append(" and o.opens_at <= ? and o.closes_at > ?");
        parameters.add(query.startTime());
        parameters.add(query.startTime());
      }
      if (query.endTime() != null) {
        where.append(" and o.opens_at < ? and o.closes_at >= ?");
        parameters.add(query.endTime());
        parameters.add(query.endTime());
      }
      where.append(")");
    }
    return where.toString();
  }
}
