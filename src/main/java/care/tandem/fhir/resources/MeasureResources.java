package care.tandem.fhir.resources;

import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the questionnaire resources share: finding the instrument a response answers (by the
 * Questionnaire's canonical URL, or {@code Questionnaire/<id>}), and mapping a submitted
 * questionnaire to its response and its total's Observation.
 */
@Component
class MeasureResources {

  private final Instruments instruments;
  private final QuestionnaireProvider questionnaires;
  private final QuestionnaireResponses responses;
  private final Observations observations;
  private final People people;

  MeasureResources(
      Instruments instruments,
      QuestionnaireProvider questionnaires,
      QuestionnaireResponses responses,
      Observations observations,
      People people) {
    this.instruments = instruments;
    this.questionnaires = questionnaires;
    this.responses = responses;
    this.observations = observations;
    this.people = people;
  }

  QuestionnaireResponses responses() {
    return responses;
  }

  /**
   * The form a response answers: one of our Questionnaires (by canonical URL or {@code
   * Questionnaire/<id>}), or a published form of one of our instruments (LOINC's, HL7 SDC's).
   *
   * @throws ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException if none matches
   */
  AnsweredForm formFor(@Nullable String questionnaire) {
    if (questionnaire == null || questionnaire.isBlank()) {
      throw QuestionnaireResponses.unprocessable(
          List.of("questionnaire: name the Questionnaire this response answers"));
    }
    String canonical = questionnaire.split("\\|", 2)[0];
    return instruments.all().stream()
        .filter(
            instrument ->
                canonical.equals(canonicalOf(instrument))
                    || canonical.equals("Questionnaire/" + instrument.id())
                    || canonical.endsWith("/Questionnaire/" + instrument.id()))
        .findFirst()
        .map(instrument -> AnsweredForm.own(instrument, questionnaires.resourceOf(instrument)))
        .or(() -> PublishedForms.find(canonical, instruments.all(), questionnaires))
        .orElseThrow(
            () ->
                QuestionnaireResponses.unprocessable(
                    List.of("questionnaire: this server has no such Questionnaire")));
  }

  /**
   * The forms to look for safety answers in when a response cannot be stored: the one it names, if
   * known, then every instrument matched by LOINC code (a question 9 recognised by its code
   * whatever form it came in).
   */
  List<AnsweredForm> safetyForms(@Nullable AnsweredForm named) {
    List<AnsweredForm> forms = new ArrayList<>();
    if (named != null) {
      forms.add(named);
    }
    for (Instrument instrument : instruments.all()) {
      forms.add(
          new AnsweredForm(
              instrument, questionnaires.resourceOf(instrument), false, Map.of(), Map.of()));
    }
    return forms;
  }

  QuestionnaireResponse response(RecordAccess access, CompletedQuestionnaire done) {
    Instrument instrument = instrumentOf(done);
    return responses.from(done, instrument, questionnaires.resourceOf(instrument), nameOf(access));
  }

  Observation observation(RecordAccess access, CompletedQuestionnaire done) {
    return observations.from(done, instrumentOf(done), nameOf(access));
  }

  private Instrument instrumentOf(CompletedQuestionnaire done) {
    return instruments
        .find(done.instrument())
        .orElseThrow(() -> new IllegalStateException("Stored response for an unknown instrument"));
  }

  private String canonicalOf(Instrument instrument) {
    String url = questionnaires.resourceOf(instrument).getUrl();
    return url == null ? "Questionnaire/" + instrument.id() : url;
  }

  private String nameOf(RecordAccess access) {
    return people.person(access).details().displayName();
  }

  Optional<Instrument> find(String id) {
    return instruments.find(id);
  }
}
