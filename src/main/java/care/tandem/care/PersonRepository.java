package care.tandem.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People in PostgreSQL. Changes check the version they started from. */
@Repository
class PersonRepository {

  private static final String COLUMNS =
      """
      id, account_id, given_name, family_name, preferred_name, date_of_birth, nhs_number, email,
      phone, address_line_1, address_line_2, town, postcode, contact_methods, contact_times,
      accessibility_needs, communication_needs, version, updated_at
      """;

  private final JdbcClient jdbc;

  PersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Person> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from person where id = ?")
        .param(id)
        .query(PersonRepository::person)
        .optional();
  }

  /** The people among {@code ids}, in the order given. */
  Map<UUID, Person> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Person> found =
        jdbc
            .sql("select " + COLUMNS + " from person where id in (:ids)")
            .param("ids", List.copyOf(ids))
            .query(PersonRepository::person)
            .list()
            .stream()
            .collect(Collectors.toMap(Person::id, p -> p));
    Map<UUID, Person> ordered = new LinkedHashMap<>();
    ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
    return ordered;
  }

  Optional<UUID> findByIdempotencyKey(UUID key) {
    return jdbc.sql("select id from person where idempotency_key = ?")
        .param(key)
        .query(UUID.class)
        .optional();
  }

  Optional<UUID> findByNhsNumber(NhsNumber number) {
    return jdbc.sql("select id from person where nhs_number = ?")
        .param(number.digits())
        .query(UUID.class)
        .optional();
  }

  /** False when the idempotency key or NHS number is already taken: nothing is inserted. */
  boolean insert(UUID id, PersonDetails details, UUID idempotencyKey, UUID createdBy) {
    return jdbc.sql(
                "insert into person (id, idempotency_key, created_by, created_at, updated_at, "
                    + DETAIL_COLUMNS
                    + ") values (:id, :key, :createdBy, now(), now(), "
                    + DETAIL_VALUES
                    + ") on conflict do nothing")
            .param("id", id)
            .param("key", idempotencyKey)
            .param("createdBy", createdBy)
            .params(detailParams(details))
            .update()
        == 1;
  }

  boolean update(UUID id, int version, PersonDetails details) {
    try {
      return updateDetails(id, version, details);
    } catch (DuplicateKeyException e) {
      throw new NhsNumberTakenException();
    }
  }

  private boolean updateDetails(UUID id, int version, PersonDetails details) {
    return jdbc.sql(
                "update person set ("
                    + DETAIL_COLUMNS
                    + ") = ("
                    + DETAIL_VALUES
                    + "), version = version + 1, updated_at = now()"
                    + " where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .params(detailParams(details))
            .update()
        == 1;
  }

  private static final String DETAIL_COLUMNS =
      """
      given_name, family_name, preferred_name, date_of_birth, nhs_number, email, phone,
      address_line_1, address_line_2, town, postcode, contact_methods, contact_times,
      accessibility_needs, communication_needs
      """;

  private static final String DETAIL_VALUES =
      """
      :givenName, :familyName, :preferredName, :dateOfBirth, :nhsNumber, :email, :phone,
      :addressLine1, :addressLine2, :town, :postcode, :contactMethods, :contactTimes,
      :accessibilityNeeds, :communicationNeeds
      """;

  private static Map<String, @Nullable Object> detailParams(PersonDetails details) {
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    params.put("givenName", details.givenName());
    params.put("familyName", details.familyName());
    params.put("preferredName", details.preferredName());
    params.put("dateOfBirth", details.dateOfBirth());
    params.put("nhsNumber", details.nhsNumber() == null ? null : details.nhsNumber().digits());
    params.put("email", details.email());
    params.put("phone", details.phone());
    params.put("addressLine1", details.addressLine1());
    params.put("addressLine2", details.addressLine2());
    params.put("town", details.town());
    params.put("postcode", details.postcode());
    params.put(
        "contactMethods",
        details.contactMethods().stream().map(Enum::name).collect(Collectors.joining(",")));
    params.put("contactTimes", details.contactTimes());
    params.put("accessibilityNeeds", details.accessibilityNeeds());
    params.put("communicationNeeds", details.communicationNeeds());
    return params;
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    String nhsNumber = rs.getString("nhs_number");
    String methods = rs.getString("contact_methods");
    PersonDetails details =
        new PersonDetails(
            rs.getString("given_name"),
            rs.getString("family_name"),
            rs.getString("preferred_name"),
            rs.getObject("date_of_birth", LocalDate.class),
            nhsNumber == null ? null : new NhsNumber(nhsNumber),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("address_line_1"),
            rs.getString("address_line_2"),
            rs.getString("town"),
            rs.getString("postcode"),
            methods.isEmpty()
                ? List.of()
                : Arrays.stream(methods.split(",")).map(ContactMethod::valueOf).toList(),
            rs.getString("contact_times"),
            rs.getString("accessibility_needs"),
            rs.getString("communication_needs"));
    return new Person(
        rs.getObject("id", UUID.class),
        rs.getObject("account_id", UUID.class),
        details,
        rs.getInt("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
