package care.tandem.fhir.resources;

import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.Instrument;
import care.tandem.measures.Score;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The {@code Observation} for a submitted questionnaire's total: coded SNOMED CT first, then LOINC
 * (as the instrument's scoring file lists them), the server's total as the value, the band in words
 * (coded against the clinical cut-off) as the interpretation, the person as performer, {@code
 * derivedFrom} the response. It shares the response's id.
 */
@Component
class Observations {

  private static final String CATEGORY_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  private static final String INTERPRETATION_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

  /**
   * The band in words, coded Abnormal at or above the instrument's clinical cut-off (or, without
   * one, above its lowest band) and Normal below it: the band codes themselves are the instrument's
   * own, which no code system publishes.
   */
  private static CodeableConcept interpretation(Instrument instrument, Score score) {
    Integer cutOff = instrument.casenessAt();
    boolean abnormal =
        cutOff != null ? score.total() >= cutOff : !score.band().equals(instrument.bands().get(0));
    Coding coding =
        abnormal
            ? new Coding(INTERPRETATION_SYSTEM, "A", "Abnormal")
            : new Coding(INTERPRETATION_SYSTEM, "N", "Normal");
    return new CodeableConcept(coding).setText(score.band().label());
  }

  Observation from(CompletedQuestionnaire done, Instrument instrument, String personName) {
    Score score = done.score();
    Observation observation = new Observation();
    observation.setId(done.id().toString());
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(CATEGORY_SYSTEM, "survey", "Survey")).setText("Survey"));
    CodeableConcept code = new CodeableConcept().setText(instrument.shortTitle() + " total score");
    instrument
        .totalCodes()
        .forEach(c -> code.addCoding(new Coding(c.system(), c.code(), c.display())));
    observation.setCode(code);
    observation.setSubject(FhirTypes.patient(done.person(), personName));
    observation.setEffective(FhirTypes.dateTime(done.submittedAt()));
    observation.setIssued(Date.from(done.submittedAt()));
    observation.setValue(new IntegerType(score.total()));
    // The person answered for themself: they are the performer.
    observation.addPerformer(FhirTypes.patient(done.person(), personName));
    if (instrument.bands().size() > 1) {
      observation.addInterpretation(interpretation(instrument, score));
    }
    observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + done.id()));
    observation.setText(
        Narratives.of(
            List.of(
                instrument.shortTitle() + " total score: " + score.total(),
                "Band: " + score.band().label(),
                "Completed: " + FhirTypes.dateTime(done.submittedAt()).getValueAsString())));
    return observation;
  }
}
