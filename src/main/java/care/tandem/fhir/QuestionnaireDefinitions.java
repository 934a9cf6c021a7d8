package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * Teaches the validator our questionnaires, so a QuestionnaireResponse is checked against the
 * Questionnaire it answers, and the code systems that are our own (answer codes under {@link
 * #OWN_SYSTEMS}, and the check-in codes), which nobody else publishes.
 */
final class QuestionnaireDefinitions implements IValidationSupport {

  static final String OWN_SYSTEMS = "https://tandem.care/fhir/CodeSystem/";

  private final FhirContext fhir;
  private final Map<String, Questionnaire> byUrl = new HashMap<>();

  private QuestionnaireDefinitions(FhirContext fhir) {
    this.fhir = fhir;
  }

  /** The questionnaires, then a support holding our own code systems. */
  static List<IValidationSupport> of(FhirContext fhir, List<Instrument> instruments) {
    QuestionnaireDefinitions questionnaires = new QuestionnaireDefinitions(fhir);
    Map<String, CodeSystem> systems = new HashMap<>();
    for (Instrument instrument : instruments) {
      Questionnaire questionnaire =
          fhir.newJsonParser().parseResource(Questionnaire.class, instrument.questionnaire());
      questionnaire.setId(instrument.id());
      if (questionnaire.hasUrl()) {
        questionnaires.byUrl.put(questionnaire.getUrl(), questionnaire);
      }
      questionnaire.getItem().stream()
          .flatMap(item -> item.getAnswerOption().stream())
          .filter(option -> option.hasValueCoding())
          .map(option -> option.getValueCoding())
          .filter(coding -> coding.hasSystem() && coding.getSystem().startsWith(OWN_SYSTEMS))
          .forEach(coding -> add(systems, coding));
    }
    // Check-ins (issue 14): pain and mood, served as Observations (resources.CheckInObservations).
    add(systems, new Coding(OWN_SYSTEMS + "check-in", "pain", "Pain today, 0 to 10"));
    add(systems, new Coding(OWN_SYSTEMS + "check-in", "mood", "Mood today, 0 to 10"));
    PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(fhir);
    systems.values().forEach(own::addCodeSystem);
    return List.of(questionnaires, own);
  }

  /** For an application context without measures (never in Tandem): nothing to add. */
  static List<IValidationSupport> of(FhirContext fhir, @Nullable Instruments instruments) {
    return of(fhir, instruments == null ? List.of() : instruments.all());
  }

  private static void add(Map<String, CodeSystem> systems, Coding coding) {
    CodeSystem system =
        systems.computeIfAbsent(
            coding.getSystem(),
            url ->
                new CodeSystem()
                    .setUrl(url)
                    .setStatus(Enumerations.PublicationStatus.ACTIVE)
                    .setContent(CodeSystem.CodeSystemContentMode.COMPLETE));
    boolean known =
        system.getConcept().stream()
            .anyMatch(concept -> concept.getCode().equals(coding.getCode()));
    if (!known) {
      system.addConcept().setCode(coding.getCode()).setDisplay(coding.getDisplay());
    }
  }

  @Override
  public FhirContext getFhirContext() {
    return fhir;
  }

  @Override
  public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String uri) {
    Questionnaire questionnaire = byUrl.get(uri);
    if (questionnaire == null || (type != null && !type.isInstance(questionnaire))) {
      return null;
    }
    @SuppressWarnings("unchecked")
    T found = (T) questionnaire;
    return found;
  }
}
