package care.tandem.fhir.resources;

import care.tandem.learning.checkins.CheckIn;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;

/**
 * A check-in as two {@code Observation}s, pain and mood, each coded in Tandem's own code system (no
 * national code fits a 0 to 10 self-rating of the day), the score as an integer from 0 to 10, the
 * person as subject and performer. Their ids are the check-in's id with {@code -pain} or {@code
 * -mood} after it. The person's own words are never served: they are for their team.
 */
final class CheckInObservations {

  static final String CODE_SYSTEM = "https://tandem.care/fhir/CodeSystem/check-in";

  private static final String CATEGORY_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  private static final Pattern ID =
      Pattern.compile(
          "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})-(pain|mood)");

  private CheckInObservations() {}

  /** The check-in an Observation id names, if it names one. */
  static Optional<UUID> checkInOf(String id) {
    Matcher matcher = ID.matcher(id);
    return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
  }

  /** Which of the two an id names: {@code pain} or {@code mood}. */
  static String partOf(String id) {
    return id.endsWith("-pain") ? "pain" : "mood";
  }

  static List<Observation> both(CheckIn checkIn, String personName) {
    return List.of(of(checkIn, "pain", personName), of(checkIn, "mood", personName));
  }

  static Observation of(CheckIn checkIn, String part, String personName) {
    boolean pain = part.equals("pain");
    int value = pain ? checkIn.pain() : checkIn.mood();
    String display = pain ? "Pain today, 0 to 10" : "Mood today, 0 to 10";
    String ends =
        pain
            ? "0 is no pain, 10 is the worst pain you can imagine"
            : "0 is very low, 10 is very good";
    Observation observation = new Observation();
    observation.setId(checkIn.id() + "-" + part);
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(CATEGORY_SYSTEM, "survey", "Survey")).setText("Survey"));
    observation.setCode(
        new CodeableConcept(new Coding(CODE_SYSTEM, part, display))
            .setText(display + " (" + ends + ")"));
    observation.setSubject(FhirTypes.patient(checkIn.person(), personName));
    observation.setEffective(FhirTypes.dateTime(checkIn.recordedAt()));
    observation.setIssued(Date.from(checkIn.recordedAt()));
    observation.setValue(new IntegerType(value));
    // The person rated themself: they are the performer.
    observation.addPerformer(FhirTypes.patient(checkIn.person(), personName));
    observation.setText(
        Narratives.of(
            List.of(
                display + ": " + value,
                ends,
                "Checked in: " + FhirTypes.dateTime(checkIn.recordedAt()).getValueAsString())));
    return observation;
  }
}
