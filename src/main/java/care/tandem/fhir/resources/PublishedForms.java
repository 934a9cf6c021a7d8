package care.tandem.fhir.resources;

import care.tandem.measures.Instrument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * Published forms of our instruments that connected systems answer instead of ours: LOINC's own
 * ({@code http://loinc.org/q/<panel code>}, items by LOINC code) and the HL7 Structured Data
 * Capture example of PHQ-9, whose linkIds and answer codes are its own and are mapped here to
 * LOINC's. A form is a version of the instrument whose Questionnaire carries its LOINC panel code.
 */
final class PublishedForms {

  static final String LOINC_FORMS = "http://loinc.org/q/";

  /** HL7 SDC's PHQ-9 example (build of the SDC implementation guide). */
  static final String SDC_PHQ9 =
      "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9";

  private static final String PHQ9_PANEL = "44249-1";

  private static final Map<String, String> SDC_PHQ9_ITEMS =
      Map.ofEntries(
          Map.entry("H1/T1/Q1", "44250-9"),
          Map.entry("H1/T1/Q2", "44255-8"),
          Map.entry("H1/T1/Q3", "44259-0"),
          Map.entry("H1/T1/Q4", "44254-1"),
          Map.entry("H1/T1/Q5", "44251-7"),
          Map.entry("H1/T1/Q6", "44258-2"),
          Map.entry("H1/T1/Q7", "44252-5"),
          Map.entry("H1/T1/Q8", "44253-3"),
          Map.entry("H1/T1/Q9", "44260-8"),
          Map.entry("H1/TS", "44261-6"));

  /** SDC's own answer codes (its CodeSystem CSPHQ9) and the LOINC answer each stands for. */
  private static final Map<String, String> SDC_PHQ9_ANSWERS =
      Map.of(
          "Not-at-all", "LA6568-5",
          "Several-days", "LA6569-3",
          "More than half the days", "LA6570-1",
          "Nearly every day", "LA6571-9");

  private PublishedForms() {}

  /**
   * The published form a canonical URL (without its version) names, as a version of one of the
   * instruments; empty if it names none.
   */
  static Optional<AnsweredForm> find(
      String canonical, List<Instrument> instruments, QuestionnaireProvider questionnaires) {
    String panel;
    Map<String, String> items = Map.of();
    Map<String, String> answers = Map.of();
    if (canonical.startsWith(LOINC_FORMS)) {
      panel = canonical.substring(LOINC_FORMS.length());
    } else if (canonical.equals(SDC_PHQ9)) {
      panel = PHQ9_PANEL;
      items = SDC_PHQ9_ITEMS;
      answers = SDC_PHQ9_ANSWERS;
    } else {
      return Optional.empty();
    }
    for (Instrument instrument : instruments) {
      Questionnaire ours = questionnaires.resourceOf(instrument);
      if (AnsweredForm.panelCodes(ours).contains(panel)) {
        return Optional.of(new AnsweredForm(instrument, ours, false, items, answers));
      }
    }
    return Optional.empty();
  }
}
