package care.tandem.directory.curating;

import care.tandem.directory.Position;
import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeNotValidException;
import care.tandem.directory.TandemTaxonomy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a listing back from the ORUK tables into the shape the listing form edits. */
@Repository
class ListingReader {

  private final JdbcClient jdbc;

  ListingReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SavedListing> find(UUID id) {
    return jdbc.sql(
            "select s.*, o.name as organisation_name from directory_service s"
                + " join directory_organization o on o.id = s.organization_id where s.id = ?")
        .param(id)
        .query((rs, n) -> listing(rs))
        .optional();
  }

  /** Organisations to choose from, by name: id and name. */
  List<String[]> organisations() {
    return jdbc.sql("select id, name from directory_organization order by lower(name), id")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  boolean organisationExists(UUID id) {
    return jdbc.sql("select exists (select 1 from directory_organization where id = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  private SavedListing listing(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<UUID> terms =
        jdbc.sql(
                "select taxonomy_term_id from directory_attribute where link_id = ?"
                    + " and link_entity = 'service'")
            .param(id)
            .query(UUID.class)
            .list();
    Set<UUID> termSet = Set.copyOf(terms);
    BigDecimal cost =
        jdbc.sql("select max(amount) from directory_cost_option where service_id = ?")
            .param(id)
            .query(BigDecimal.class)
            .optional()
            .orElse(null);
    String costFor =
        jdbc.sql(
                "select option from directory_cost_option where service_id = ? and amount > 0"
                    + " order by amount desc, id limit 1")
            .param(id)
            .query(String.class)
            .optional()
            .orElse(null);
    boolean free = cost == null || cost.signum() == 0;
    ListingDraft draft =
        new ListingDraft(
            ListingDraft.Organisation.existing(rs.getObject("organization_id", UUID.class)),
            rs.getString("name"),
            rs.getString("description") == null ? "" : rs.getString("description"),
            ListingStatus.fromCode(rs.getString("status")).orElse(ListingStatus.ACTIVE),
            rs.getString("url"),
            rs.getString("email"),
            jdbc.sql("select number from directory_phone where service_id = ? order by id limit 1")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null),
            (Integer) rs.getObject("minimum_age"),
            (Integer) rs.getObject("maximum_age"),
            free ? null : cost,
            free ? null : costFor,
            TandemTaxonomy.NEEDS_TERMS.stream().filter(termSet::contains).toList(),
            TandemTaxonomy.DELIVERY_TERMS.stream().filter(termSet::contains).toList(),
            termSet.contains(TandemTaxonomy.SELF_REFERRAL),
            place(id),
            jdbc
                .sql(
                    "select byday, opens_at, closes_at from directory_schedule where service_id = ?"
                        + " and opens_at is not null and closes_at is not null")
                .param(id)
                .query(
                    (row, n) ->
                        new Schedule(
                            row.getString(1),
                            row.getTime(2).toLocalTime(),
                            row.getTime(3).toLocalTime()))
                .list()
                .stream()
                .flatMap(Schedule::openings)
                .sorted(java.util.Comparator.comparing(ListingDraft.Opening::day))
                .toList(),
            jdbc.sql(
                    "select name from directory_language where service_id = ? and name is not null"
                        + " order by name")
                .param(id)
                .query(String.class)
                .list(),
            rs.getString("alert"),
            rs.getObject("owner_account", UUID.class),
            false);
    return new SavedListing(
        id,
        rs.getInt("version"),
        rs.getObject("verified_on", LocalDate.class),
        rs.getString("organisation_name"),
        draft);
  }

  private ListingDraft.@Nullable Place place(UUID serviceId) {
    return jdbc.sql(
            "select l.id, l.latitude, l.longitude, a.address_1, a.address_2, a.city,"
                + " a.state_province, a.postal_code from directory_service_at_location sal"
                + " join directory_location l on l.id = sal.location_id"
                + " join directory_address a on a.location_id = l.id"
                + " where sal.service_id = ? and l.latitude is not null"
                + " order by sal.id, a.id limit 1")
        .param(serviceId)
        .query((rs, n) -> place(rs))
        .optional()
        .orElse(null);
  }

  private ListingDraft.@Nullable Place place(ResultSet rs) throws SQLException {
    UUID locationId = rs.getObject("id", UUID.class);
    Postcode postcode;
    try {
      postcode = Postcode.parse(rs.getString("postal_code"));
    } catch (PostcodeNotValidException e) {
      return null;
    }
    Set<UUID> features =
        Set.copyOf(
            jdbc.sql(
                    "select taxonomy_term_id from directory_attribute where link_id = ?"
                        + " and link_entity = 'location'")
                .param(locationId)
                .query(UUID.class)
                .list());
    return new ListingDraft.Place(
        rs.getString("address_1"),
        rs.getString("address_2"),
        rs.getString("city"),
        rs.getString("state_province"),
        postcode,
        new Position(rs.getDouble("latitude"), rs.getDouble("longitude")),
        TandemTaxonomy.ACCESSIBILITY_TERMS.stream().filter(features::contains).toList());
  }

  /** One schedule row; BYDAY may name several days ("MO,WE"). */
  private record Schedule(
      @Nullable String byday, java.time.LocalTime opens, java.time.LocalTime closes) {
    java.util.stream.Stream<ListingDraft.Opening> openings() {
      if (byday == null) {
        return java.util.stream.Stream.empty();
      }
      return java.util.Arrays.stream(byday.split(","))
          .flatMap(
              code ->
                  java.util.Arrays.stream(Weekday.values())
                      .filter(day -> day.byday().equals(code.replaceAll("^[+-]?[0-9]?", ""))))
          .map(day -> new ListingDraft.Opening(day, opens, closes));
    }
  }
}
