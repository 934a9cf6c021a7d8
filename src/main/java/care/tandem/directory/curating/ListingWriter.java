package care.tandem.directory.curating;

import care.tandem.directory.TandemTaxonomy;
import java.sql.Date;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a listing into the ORUK tables: the service, its organisation, phone, opening times, cost,
 * languages and our taxonomy terms, and its one place. Terms of other taxonomies (from an import)
 * are left alone. Callers hold the transaction.
 */
@Repository
class ListingWriter {

  /** The terms this form owns on a service; other attributes survive an edit. */
  private static final List<UUID> SERVICE_TERMS = serviceTerms();

  private final JdbcClient jdbc;

  ListingWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds other submits of the same form back until this transaction ends. */
  void lockKey(UUID idempotencyKey) {
    jdbc.sql("select pg_advisory_xact_lock(?)")
        .param(idempotencyKey.getMostSignificantBits() ^ idempotencyKey.getLeastSignificantBits())
        .query()
        .listOfRows();
  }

  Optional<UUID> createdWith(UUID idempotencyKey) {
    return jdbc.sql("select service_id from directory_listing_creation where idempotency_key = ?")
        .param(idempotencyKey)
        .query(UUID.class)
        .optional();
  }

  UUID insert(ListingDraft draft, UUID idempotencyKey, UUID editor) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into directory_service (id, organization_id, name, status, last_modified,"
                + " verified_on, version) values (?, ?, ?, 'active', ?, ?, 0)")
        .params(id, organisation(draft.organisation()), draft.name(), now(), today())
        .update();
    jdbc.sql(
            "insert into directory_listing_creation (idempotency_key, service_id, created_by,"
                + " created_at) values (?, ?, ?, ?)")
        .params(idempotencyKey, id, editor, now())
        .update();
    write(id, draft);
    return id;
  }

  /** Writes the draft over the saved listing if it is still at {@code version}; false if not. */
  boolean update(UUID id, int version, ListingDraft draft) {
    int updated =
        jdbc.sql(
                "update directory_service set version = version + 1, organization_id = ?"
                    + " where id = ? and version = ?")
            .params(organisation(draft.organisation()), id, version)
            .update();
    if (updated == 0) {
      return false;
    }
    write(id, draft);
    return true;
  }

  /** Marks the listing checked today if it is still at {@code version}; false if not. */
  boolean markChecked(UUID id, int version) {
    return jdbc.sql(
                "update directory_service set verified_on = ?, version = version + 1,"
                    + " last_modified = ? where id = ? and version = ?")
            .params(today(), now(), id, version)
            .update()
        == 1;
  }

  private void write(UUID id, ListingDraft draft) {
    jdbc.sql(
            "update directory_service set name = ?, description = ?, status = ?, url = ?,"
                + " email = ?, minimum_age = ?, maximum_age = ?, alert = ?, owner_account = ?,"
                + " last_modified = ?, verified_on = case when ? then ? else verified_on end"
                + " where id = ?")
        .params(
            draft.name(),
            draft.description(),
            draft.status().code(),
            draft.website(),
            draft.email(),
            draft.minimumAge(),
            draft.maximumAge(),
            draft.alert(),
            draft.owner(),
            now(),
            draft.checkedToday(),
            today(),
            id)
        .update();
    jdbc.sql("delete from directory_phone where service_id = ?").param(id).update();
    if (draft.phone() != null) {
      jdbc.sql("insert into directory_phone (id, service_id, number) values (?, ?, ?)")
          .params(UUID.randomUUID(), id, draft.phone())
          .update();
    }
    jdbc.sql("delete from directory_schedule where service_id = ?").param(id).update();
    for (ListingDraft.Opening opening : draft.openings()) {
      jdbc.sql(
              "insert into directory_schedule (id, service_id, freq, interval, wkst, byday,"
                  + " opens_at, closes_at) values (?, ?, 'WEEKLY', 1, 'MO', ?, ?, ?)")
          .params(
              UUID.randomUUID(),
              id,
              opening.day().byday(),
              Time.valueOf(opening.opens()),
              Time.valueOf(opening.closes()))
          .update();
    }
    jdbc.sql("delete from directory_cost_option where service_id = ?").param(id).update();
    jdbc.sql(
            "insert into directory_cost_option (id, service_id, option, currency, amount)"
                + " values (?, ?, ?, 'GBP', ?)")
        .params(
            UUID.randomUUID(),
            id,
            draft.costAmount() == null ? "Free" : draft.costFor(),
            draft.costAmount() == null ? java.math.BigDecimal.ZERO : draft.costAmount())
        .update();
    jdbc.sql("delete from directory_language where service_id = ?").param(id).update();
    for (String language : draft.languages()) {
      jdbc.sql("insert into directory_language (id, service_id, name) values (?, ?, ?)")
          .params(UUID.randomUUID(), id, language)
          .update();
    }
    jdbc.sql(
            "delete from directory_attribute where link_id = :id and link_entity = 'service'"
                + " and taxonomy_term_id in (:terms)")
        .param("id", id)
        .param("terms", SERVICE_TERMS)
        .update();
    List<UUID> terms = new ArrayList<>(draft.needs());
    terms.addAll(draft.delivery());
    if (draft.selfReferral()) {
      terms.add(TandemTaxonomy.SELF_REFERRAL);
    }
    for (UUID term : terms) {
      attribute(id, "service", term);
    }
    new PlaceWriter(jdbc).write(id, draft.name(), draft.place());
  }

  private UUID organisation(ListingDraft.Organisation organisation) {
    if (organisation.existing() != null) {
      return organisation.existing();
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into directory_organization (id, name, description) values (?, ?, ?)")
        .params(id, organisation.name(), organisation.description())
        .update();
    return id;
  }

  void attribute(UUID linkId, String entity, UUID term) {
    jdbc.sql(
            "insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)"
                + " values (?, ?, ?, ?)")
        .params(UUID.randomUUID(), linkId, entity, term)
        .update();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
  }

  static Date today() {
    return Date.valueOf(LocalDate.now(Listings.LONDON));
  }

  private static List<UUID> serviceTerms() {
    List<UUID> terms = new ArrayList<>(TandemTaxonomy.NEEDS_TERMS);
    terms.addAll(TandemTaxonomy.DELIVERY_TERMS);
    terms.add(TandemTaxonomy.SELF_REFERRAL);
    return List.copyOf(terms);
  }
}
