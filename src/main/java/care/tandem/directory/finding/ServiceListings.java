package care.tandem.directory.finding;

import java.sql.Time;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads one listing in full from the ORUK tables, for the service page and the sheet. */
@Repository
public class ServiceListings {

  private final JdbcClient jdbc;

  ServiceListings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Optional<ServiceDetails> find(UUID id) {
    return jdbc.sql(
            """
            select s.name, o.name as organisation, coalesce(s.description, o.description, '') as description,
                   s.status, s.alert, coalesce(s.email, o.email) as email,
                   coalesce(s.url, o.website) as website, s.fees, s.minimum_age, s.maximum_age,
                   s.verified_on
            from directory_service s join directory_organization o on o.id = s.organization_id
            where s.id = ?""")
        .param(id)
        .query(
            (row, n) ->
                new ServiceDetails(
                    id,
                    row.getString("name"),
                    row.getString("organisation"),
                    row.getString("description"),
                    row.getString("status"),
                    blankToNull(row.getString("alert")),
                    phones(id),
                    blankToNull(row.getString("email")),
                    blankToNull(row.getString("website")),
                    addresses(id),
                    openingTimes(id),
                    costs(id),
                    blankToNull(row.getString("fees")),
                    (Integer) row.getObject("minimum_age"),
                    (Integer) row.getObject("maximum_age"),
                    languages(id),
                    terms(id),
                    row.getDate("verified_on").toLocalDate()))
        .optional();
  }

  private List<ServiceDetails.Phone> phones(UUID id) {
    return jdbc
        .sql(
            """
            select number, description from directory_phone
            where service_id = :id
               or location_id in (select location_id from directory_service_at_location
                                  where service_id = :id)
            order by service_id is null, number""")
        .param("id", id)
        .query(
            (row, n) ->
                new ServiceDetails.Phone(
                    row.getString("number"), blankToNull(row.getString("description"))))
        .list()
        .stream()
        .distinct()
        .toList();
  }

  private List<List<String>> addresses(UUID id) {
    return jdbc.sql(
            """
            select l.name, a.address_1, a.address_2, a.city, a.postal_code
            from directory_service_at_location sal
            join directory_location l on l.id = sal.location_id
            join directory_address a on a.location_id = l.id
            where sal.service_id = ? and a.address_type <> 'postal'
            order by l.name, a.address_1""")
        .param(id)
        .query(
            (row, n) ->
                Stream.of(
                        row.getString("name"),
                        row.getString("address_1"),
                        row.getString("address_2"),
                        row.getString("city"),
                        row.getString("postal_code"))
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList())
        .list();
  }

  private List<String> openingTimes(UUID id) {
    return OpeningTimes.inWords(
        jdbc.sql(
                """
                select freq, byday, opens_at, closes_at, description from directory_schedule
                where service_id = :id
                   or service_at_location_id in (select sal.id from directory_service_at_location sal
                                                 where sal.service_id = :id)
                order by opens_at nulls last""")
            .param("id", id)
            .query(
                (row, n) ->
                    new OpeningTimes.Opening(
                        row.getString("freq"),
                        row.getString("byday"),
                        time(row.getTime("opens_at")),
                        time(row.getTime("closes_at")),
                        row.getString("description")))
            .list());
  }

  /** Each cost option with a charge, in words ("£5 per session"); empty when free. */
  private List<String> costs(UUID id) {
    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    return jdbc.sql(
            """
            select amount, option, amount_description from directory_cost_option
            where service_id = ? and amount > 0 order by amount""")
        .param(id)
        .query(
            (row, n) -> {
              String amount = pounds.format(row.getBigDecimal("amount")).replace(".00", "");
              String what = blankToNull(row.getString("option"));
              String more = blankToNull(row.getString("amount_description"));
              String words = what == null ? amount : amount + " " + what.toLowerCase(Locale.UK);
              return more == null ? words : words + " (" + more + ")";
            })
        .list();
  }

  private List<String> languages(UUID id) {
    return jdbc
        .sql(
            "select coalesce(nullif(name, ''), code) from directory_language"
                + " where service_id = ? and coalesce(nullif(name, ''), code) is not null"
                + " order by 1")
        .param(id)
        .query(String.class)
        .list()
        .stream()
        .distinct()
        .toList();
  }

  private List<DirectoryTerm> terms(UUID id) {
    List<UUID> ids =
        jdbc.sql(
                """
                select distinct taxonomy_term_id from directory_attribute
                where link_id = :id
                   or link_id in (select location_id from directory_service_at_location
                                  where service_id = :id)""")
            .param("id", id)
            .query(UUID.class)
            .list();
    List<DirectoryTerm> terms = new ArrayList<>();
    for (DirectoryTerm term : DirectoryTerm.values()) {
      if (ids.contains(term.id())) {
        terms.add(term);
      }
    }
    return terms;
  }

  private static java.time.@Nullable LocalTime time(@Nullable Time time) {
    return time == null ? null : time.toLocalTime();
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
