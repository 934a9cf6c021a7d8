package care.tandem.directory;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directory listings for tests, written straight into the ORUK tables: one organisation, service,
 * place and address per listing, with whatever needs, access terms, opening times, costs, ages and
 * languages a test names. {@code new DirectoryFixtures(jdbc).service("Walk and Talk").needs(
 * PEER_SUPPORT).at("ST5 5BG", 53.0, -2.27).opens("TU", "10:00", "12:00").save()}.
 */
public final class DirectoryFixtures {

  private final JdbcClient jdbc;

  public DirectoryFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A postcode centroid, as the ONS import would store it. */
  public void postcode(String postcode, double latitude, double longitude) {
    jdbc.sql(
            "insert into directory_postcode (postcode, latitude, longitude) values (?, ?, ?)"
                + " on conflict (postcode) do update set latitude = excluded.latitude,"
                + " longitude = excluded.longitude")
        .params(Postcode.parse(postcode).compact(), latitude, longitude)
        .update();
  }

  /** Removes every listing (not the taxonomies or postcodes), for tests with a fixed data set. */
  public void removeAllListings() {
    jdbc.sql("delete from directory_signpost_outcome").update();
    jdbc.sql("delete from directory_signpost").update();
    jdbc.sql("delete from directory_attribute").update();
    jdbc.sql("delete from directory_service").update();
    jdbc.sql("delete from directory_location").update();
    jdbc.sql("delete from directory_organization").update();
  }

  /**
   * Puts the demo listings back after a test class that replaced them with its own fixed set, so
   * the crawling tests that share the application context always see the demo directory.
   */
  public static void restoreDemoListings(ApplicationContext context) {
    new DirectoryFixtures(context.getBean(JdbcClient.class)).removeAllListings();
    context.getBean("demoDirectory", SmartLifecycle.class).start();
  }

  public Listing service(String name) {
    return new Listing(name);
  }

  /** One listing being described; {@link #save()} writes it and returns the service id. */
  public final class Listing {
    private final UUID id = UUID.randomUUID();
    private final String name;
    private String description = "A service for tests.";
    private String organization = "Test organisation";
    private String status = "active";
    private @Nullable String postcode;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private final List<UUID> serviceTerms = new ArrayList<>();
    private final List<UUID> placeTerms = new ArrayList<>();
    private final List<String[]> openings = new ArrayList<>();
    private final List<BigDecimal> costs = new ArrayList<>();
    private final List<String[]> languages = new ArrayList<>();
    private @Nullable Integer minimumAge;
    private @Nullable Integer maximumAge;
    private LocalDate verifiedOn = LocalDate.now();
    private @Nullable String phone = "01782 000000";

    private Listing(String name) {
      this.name = name;
    }

    public Listing description(String text) {
      description = text;
      return this;
    }

    public Listing organization(String text) {
      organization = text;
      return this;
    }

    public Listing status(String code) {
      status = code;
      return this;
    }

    /** A physical place with an address at this postcode and position. */
    public Listing at(String postcode, double latitude, double longitude) {
      this.postcode = postcode;
      this.latitude = latitude;
      this.longitude = longitude;
      return this;
    }

    /** Needs or access terms of the service itself (delivery, self-referral). */
    public Listing needs(UUID... terms) {
      serviceTerms.addAll(List.of(terms));
      return this;
    }

    public Listing delivered(UUID... terms) {
      return needs(terms);
    }

    /** Access features of its place (step-free access, hearing loop...). */
    public Listing placeHas(UUID... terms) {
      placeTerms.addAll(List.of(terms));
      return this;
    }

    /** Open weekly on these days ("TU" or "MO,WE"), e.g. "10:00" to "12:00". */
    public Listing opens(String byday, String opensAt, String closesAt) {
      openings.add(new String[] {byday, opensAt, closesAt});
      return this;
    }

    /** A cost option of this many pounds; a listing with none, or only zero, is free. */
    public Listing costs(String pounds) {
      costs.add(new BigDecimal(pounds));
      return this;
    }

    public Listing ages(@Nullable Integer minimum, @Nullable Integer maximum) {
      minimumAge = minimum;
      maximumAge = maximum;
      return this;
    }

    public Listing language(String name, String code) {
      languages.add(new String[] {name, code});
      return this;
    }

    public Listing verifiedOn(LocalDate date) {
      verifiedOn = date;
      return this;
    }

    public UUID save() {
      UUID organizationId = UUID.randomUUID();
      jdbc.sql("insert into directory_organization (id, name, description) values (?, ?, ?)")
          .params(organizationId, organization, "An organisation for tests.")
          .update();
      jdbc.sql(
              "insert into directory_service (id, organization_id, name, description, status,"
                  + " minimum_age, maximum_age, last_modified, verified_on)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              organizationId,
              name,
              description,
              status,
              minimumAge,
              maximumAge,
              OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
              Date.valueOf(verifiedOn))
          .update();
      UUID locationId = UUID.randomUUID();
      if (postcode != null) {
        jdbc.sql(
                "insert into directory_location (id, location_type, name, latitude, longitude)"
                    + " values (?, 'physical', ?, ?, ?)")
            .params(locationId, name + " venue", latitude, longitude)
            .update();
        jdbc.sql(
                "insert into directory_address (id, location_id, address_1, city, state_province,"
                    + " postal_code, country, address_type)"
                    + " values (?, ?, '1 Test Street', 'Testtown', 'Staffordshire', ?, 'GB',"
                    + " 'physical')")
            .params(UUID.randomUUID(), locationId, Postcode.parse(postcode).display())
            .update();
        jdbc.sql(
                "insert into directory_service_at_location (id, service_id, location_id)"
                    + " values (?, ?, ?)")
            .params(UUID.randomUUID(), id, locationId)
            .update();
      }
      for (UUID term : serviceTerms) {
        attribute(id, "service", term);
      }
      for (UUID term : placeTerms) {
        attribute(locationId, "location", term);
      }
      for (String[] opening : openings) {
        jdbc.sql(
                "insert into directory_schedule (id, service_id, freq, interval, byday, opens_at,"
                    + " closes_at) values (?, ?, 'WEEKLY', 1, ?, ?, ?)")
            .params(
                UUID.randomUUID(),
                id,
                opening[0],
                Time.valueOf(LocalTime.parse(opening[1])),
                Time.valueOf(LocalTime.parse(opening[2])))
            .update();
      }
      for (BigDecimal amount : costs) {
        jdbc.sql(
                "insert into directory_cost_option (id, service_id, option, currency, amount)"
                    + " values (?, ?, 'Per session', 'GBP', ?)")
            .params(UUID.randomUUID(), id, amount)
            .update();
      }
      for (String[] language : languages) {
        jdbc.sql("insert into directory_language (id, service_id, name, code) values (?, ?, ?, ?)")
            .params(UUID.randomUUID(), id, language[0], language[1])
            .update();
      }
      if (phone != null) {
        jdbc.sql("insert into directory_phone (id, service_id, number) values (?, ?, ?)")
            .params(UUID.randomUUID(), id, phone)
            .update();
      }
      return id;
    }

    private void attribute(UUID linkId, String entity, UUID term) {
      jdbc.sql(
              "insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)"
                  + " values (?, ?, ?, ?)")
          .params(UUID.randomUUID(), linkId, entity, term)
          .update();
    }
  }
}
