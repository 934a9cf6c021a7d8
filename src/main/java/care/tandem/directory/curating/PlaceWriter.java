package care.tandem.directory.curating;

import care.tandem.directory.TandemTaxonomy;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the one place the listing form shows: changes the service's own place in place, makes a
 * new one when its place is shared with another service (an import may share them), and removes a
 * place nothing uses any more.
 */
final class PlaceWriter {

  private final JdbcClient jdbc;

  PlaceWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(UUID serviceId, String serviceName, ListingDraft.@Nullable Place place) {
    UUID own = ownPlace(serviceId);
    if (place == null) {
      unlinkAll(serviceId);
      return;
    }
    UUID locationId = own;
    if (locationId == null) {
      unlinkAll(serviceId);
      locationId = UUID.randomUUID();
      jdbc.sql(
              "insert into directory_location (id, location_type, name, latitude, longitude)"
                  + " values (?, 'physical', ?, ?, ?)")
          .params(
              locationId, serviceName, place.position().latitude(), place.position().longitude())
          .update();
      jdbc.sql(
              "insert into directory_service_at_location (id, service_id, location_id)"
                  + " values (?, ?, ?)")
          .params(UUID.randomUUID(), serviceId, locationId)
          .update();
    } else {
      jdbc.sql(
              "delete from directory_service_at_location where service_id = ? and location_id <> ?")
          .params(serviceId, locationId)
          .update();
      jdbc.sql("update directory_location set latitude = ?, longitude = ? where id = ?")
          .params(place.position().latitude(), place.position().longitude(), locationId)
          .update();
    }
    jdbc.sql("delete from directory_address where location_id = ?").param(locationId).update();
    jdbc.sql(
            "insert into directory_address (id, location_id, address_1, address_2, city,"
                + " state_province, postal_code, country, address_type)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'GB', 'physical')")
        .params(
            UUID.randomUUID(),
            locationId,
            place.addressLine1(),
            place.addressLine2(),
            place.town(),
            place.county(),
            place.postcode().display())
        .update();
    jdbc.sql(
            "delete from directory_attribute where link_id = :id and link_entity = 'location'"
                + " and taxonomy_term_id in (:terms)")
        .param("id", locationId)
        .param("terms", TandemTaxonomy.ACCESSIBILITY_TERMS)
        .update();
    for (UUID term : place.accessibility()) {
      jdbc.sql(
              "insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)"
                  + " values (?, ?, 'location', ?)")
          .params(UUID.randomUUID(), locationId, term)
          .update();
    }
  }

  /** The first place of the service that no other service uses, if any. */
  private @Nullable UUID ownPlace(UUID serviceId) {
    return jdbc.sql(
            "select sal.location_id from directory_service_at_location sal"
                + " where sal.service_id = ? and not exists (select 1 from"
                + " directory_service_at_location other where other.location_id = sal.location_id"
                + " and other.service_id <> sal.service_id) order by sal.id limit 1")
        .param(serviceId)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  /** Unlinks the service from its places and removes those no service uses now. */
  private void unlinkAll(UUID serviceId) {
    List<UUID> places =
        jdbc.sql("select location_id from directory_service_at_location where service_id = ?")
            .param(serviceId)
            .query(UUID.class)
            .list();
    jdbc.sql("delete from directory_service_at_location where service_id = ?")
        .param(serviceId)
        .update();
    for (UUID place : places) {
      boolean used =
          jdbc.sql(
                  "select exists (select 1 from directory_service_at_location where location_id = ?)")
              .param(place)
              .query(Boolean.class)
              .single();
      if (!used) {
        jdbc.sql("delete from directory_attribute where link_id = ? and link_entity = 'location'")
            .param(place)
            .update();
        jdbc.sql("delete from directory_location where id = ?").param(place).update();
      }
    }
  }
}
