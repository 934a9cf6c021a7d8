package care.tandem.fhir.resources;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** Small conversions every mapping uses: times in UTC, references, and identifiers for our ids. */
final class FhirTypes {

  /** The standard system for an identifier that is itself a URI, such as {@code urn:uuid:…}. */
  static final String URI_SYSTEM = "urn:ietf:rfc:3986";

  /** Where Tandem's people live: a day such as "the day this changed" is a UK day. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private FhirTypes() {}

  static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
  }

  /** A time as a client sent it: to the millisecond when it had a fraction of a second. */
  static DateTimeType preciseDateTime(Instant instant) {
    return new DateTimeType(
        Date.from(instant),
        instant.getNano() == 0 ? TemporalPrecisionEnum.SECOND : TemporalPrecisionEnum.MILLI,
        UTC);
  }

  /** A whole day as a dateTime (as in a period ending on a due date). */
  static DateTimeType dateTime(LocalDate date) {
    return new DateTimeType(date.toString());
  }

  static DateType date(LocalDate date) {
    return new DateType(date.toString());
  }

  static Reference patient(UUID person, String name) {
    return new Reference("Patient/" + person).setDisplay(name);
  }

  /**
   * A reference to something we do not serve as a resource (a practitioner, an organisation): its
   * type, a stable identifier, and a name to show.
   */
  static Reference logical(String type, UUID id, String name) {
    return new Reference()
        .setType(type)
        .setIdentifier(new Identifier().setSystem(URI_SYSTEM).setValue("urn:uuid:" + id))
        .setDisplay(name);
  }
}
