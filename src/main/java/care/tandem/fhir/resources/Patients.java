package care.tandem.fhir.resources;

import care.tandem.care.ContactMethod;
import care.tandem.care.Person;
import care.tandem.care.PersonDetails;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.jspecify.annotations.Nullable;

/**
 * A person's record as a FHIR Patient, following UK Core Patient's must-support elements where
 * Tandem holds the data: NHS number, names, date of birth, telecom (ranked by how they prefer to be
 * contacted) and address. docs/modules/fhir.md lists what is not mapped.
 */
final class Patients {

  static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private Patients() {}

  static Patient from(Person person) {
    PersonDetails details = person.details();
    Patient patient = new Patient();
    patient.setId(person.id().toString());
    patient.getMeta().setVersionId(String.valueOf(person.version()));
    patient.getMeta().setLastUpdated(Date.from(person.updatedAt()));
    if (details.nhsNumber() != null) {
      patient.addIdentifier(
          new Identifier()
              .setUse(Identifier.IdentifierUse.OFFICIAL)
              .setSystem(NHS_NUMBER_SYSTEM)
              .setValue(details.nhsNumber().digits()));
    }
    patient.setActive(true);
    patient.addName(
        new HumanName()
            .setUse(HumanName.NameUse.OFFICIAL)
            .setFamily(details.familyName())
            .addGiven(details.givenName()));
    if (details.preferredName() != null) {
      patient.addName(
          new HumanName()
              .setUse(HumanName.NameUse.USUAL)
              .setFamily(details.familyName())
              .addGiven(details.preferredName()));
    }
    patient.setBirthDateElement(FhirTypes.date(details.dateOfBirth()));
    addTelecom(patient, details);
    address(details).ifPresent(patient::addAddress);
    patient.setText(Narratives.of(summary(details)));
    return patient;
  }

  private static List<String> summary(PersonDetails details) {
    List<String> lines = new ArrayList<>();
    lines.add(details.fullName());
    lines.add("Date of birth: " + details.dateOfBirth().format(DAY));
    if (details.nhsNumber() != null) {
      lines.add("NHS number: " + details.nhsNumber().formatted());
    }
    return lines;
  }

  private static void addTelecom(Patient patient, PersonDetails details) {
    List<ContactMethod> preferred = details.contactMethods();
    if (details.phone() != null) {
      patient.addTelecom(
          contact(ContactPointSystem.PHONE, details.phone(), preferred, ContactMethod.PHONE));
      if (preferred.contains(ContactMethod.TEXT_MESSAGE)) {
        patient.addTelecom(
            contact(
                ContactPointSystem.SMS, details.phone(), preferred, ContactMethod.TEXT_MESSAGE));
      }
    }
    if (details.email() != null) {
      patient.addTelecom(
          contact(ContactPointSystem.EMAIL, details.email(), preferred, ContactMethod.EMAIL));
    }
  }

  /** Rank 1 is the way they most like to be contacted; a way they did not choose has no rank. */
  private static ContactPoint contact(
      ContactPointSystem system,
      String value,
      List<ContactMethod> preferred,
      ContactMethod method) {
    ContactPoint contact = new ContactPoint().setSystem(system).setValue(value);
    int position = preferred.indexOf(method);
    if (position >= 0) {
      contact.setRank(position + 1);
    }
    return contact;
  }

  private static Optional<Address> address(PersonDetails details) {
    if (details.addressLine1() == null
        && details.addressLine2() == null
        && details.town() == null
        && details.postcode() == null) {
      return Optional.empty();
    }
    Address address = new Address();
    addLine(address, details.addressLine1());
    addLine(address, details.addressLine2());
    address.setCity(details.town());
    address.setPostalCode(details.postcode());
    return Optional.of(address);
  }

  private static void addLine(Address address, @Nullable String line) {
    if (line != null) {
      address.addLine(line);
    }
  }
}
