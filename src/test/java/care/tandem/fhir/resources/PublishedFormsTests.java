package care.tandem.fhir.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import care.tandem.measures.Instruments;
import care.tandem.measures.ShippedInstruments;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.Test;

/**
 * Responses to the published forms of PHQ-9 and GAD-7 (LOINC's and HL7 SDC's) are read item by item
 * by LOINC code into our questions, and a question 9 answer above 0 is recognised in a response
 * that cannot be stored, by our linkId or by its LOINC code in any form.
 */
class PublishedFormsTests {

  static final String LOINC = "http://loinc.org";
  static final List<String> PHQ9_ITEMS =
      List.of(
          "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
          "44260-8");
  static final List<String> GAD7_ITEMS =
      List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");
  static final List<String> ANSWERS = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

  static final Instruments LIBRARY = ShippedInstruments.all();
  static final QuestionnaireProvider QUESTIONNAIRES =
      new QuestionnaireProvider(LIBRARY, FhirContext.forR4Cached());
  static final QuestionnaireResponses RESPONSES = new QuestionnaireResponses();

  @Test
  void readsLoincsPhq9FormByItemCodeWithLoincAnswersAndIgnoresTheSendersTotal() {
    QuestionnaireResponse sent = completed("http://loinc.org/q/44249-1|2.72");
    for (int i = 0; i < 9; i++) {
      sent.addItem()
          .setLinkId("/" + PHQ9_ITEMS.get(i))
          .addAnswer()
          .setValue(new Coding(LOINC, ANSWERS.get(i % 4), null));
    }
    sent.addItem().setLinkId("/44261-6").addAnswer().setValue(new IntegerType(27));

    Map<String, Integer> answers = RESPONSES.answersIn(sent, form(sent));

    assertThat(answers)
        .containsExactly(
            Map.entry("1", 0),
            Map.entry("2", 1),
            Map.entry("3", 2),
            Map.entry("4", 3),
            Map.entry("5", 0),
            Map.entry("6", 1),
            Map.entry("7", 2),
            Map.entry("8", 3),
            Map.entry("9", 0));
  }

  @Test
  void readsLoincsGad7FormWithCodesAsLinkIdsAndIntegerAnswers() {
    QuestionnaireResponse sent = completed("http://loinc.org/q/69737-5");
    GAD7_ITEMS.forEach(
        code -> sent.addItem().setLinkId(code).addAnswer().setValue(new IntegerType(2)));

    AnsweredForm form = form(sent);

    assertThat(form.instrument().id()).isEqualTo("gad-7");
    assertThat(RESPONSES.answersIn(sent, form)).hasSize(7).containsValues(2).doesNotContainValue(0);
  }

  @Test
  void readsTheHl7SdcPhq9ExampleWithItsOwnLinkIdsAndAnswerCodes() {
    QuestionnaireResponse sent = completed(PublishedForms.SDC_PHQ9);
    QuestionnaireResponseItemComponent group = sent.addItem().setLinkId("H1/T1");
    List<String> sdcAnswers =
        List.of("Not-at-all", "Several-days", "More than half the days", "Nearly every day");
    for (int i = 1; i <= 9; i++) {
      group
          .addItem()
          .setLinkId("H1/T1/Q" + i)
          .addAnswer()
          .setValue(
              new Coding(
                  "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9", sdcAnswers.get(i % 4), null));
    }
    sent.addItem().setLinkId("H1/TS").addAnswer().setValue(new IntegerType(13));

    Map<String, Integer> answers = RESPONSES.answersIn(sent, form(sent));

    assertThat(answers)
        .hasSize(9)
        .containsEntry("1", 1)
        .containsEntry("3", 3)
        .containsEntry("9", 1);
  }

  @Test
  void namesAnItemNoPublishedFormAsks() {
    QuestionnaireResponse sent = completed("http://loinc.org/q/44249-1");
    sent.addItem().setLinkId("/12345-6").addAnswer().setValue(new IntegerType(1));

    assertThatThrownBy(() -> RESPONSES.answersIn(sent, form(sent)))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("item /12345-6: this questionnaire does not ask that question");
  }

  @Test
  void recognisesQuestionNineAboveZeroByLoincCodeEvenInAFormWeDoNotKnow() {
    QuestionnaireResponse sent = completed("https://ehr.example.org/Questionnaire/our-phq9");
    sent.addItem()
        .setLinkId("mood/44260-8")
        .addAnswer()
        .setValue(new Coding(LOINC, "LA6570-1", null));
    sent.addItem().setLinkId("free-text").addAnswer().setValue(new IntegerType(4));

    var found = QuestionnaireResponses.safetyAnswersIn(sent, codeForms());

    assertThat(found).isPresent();
    assertThat(found.get().getKey().id()).isEqualTo("phq-9");
    assertThat(found.get().getValue()).containsExactly(Map.entry("9", 2));
  }

  @Test
  void recognisesQuestionNineByOurLinkIdOnlyInOurOwnForm() {
    QuestionnaireResponse sent = completed("https://tandem.care/fhir/Questionnaire/phq-9");
    sent.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
    sent.addItem().setLinkId("9").addAnswer().setValue(new IntegerType(1));
    List<AnsweredForm> ownFirst = new java.util.ArrayList<>();
    ownFirst.add(form(sent));
    ownFirst.addAll(codeForms());

    assertThat(QuestionnaireResponses.safetyAnswersIn(sent, ownFirst).orElseThrow().getValue())
        .containsExactly(Map.entry("9", 1));
    assertThat(QuestionnaireResponses.safetyAnswersIn(sent, codeForms())).isEmpty();
  }

  @Test
  void anAnswerOfZeroToQuestionNineNeedsNoSafetyNet() {
    QuestionnaireResponse sent = completed("http://loinc.org/q/44249-1");
    sent.addItem().setLinkId("/44260-8").addAnswer().setValue(new Coding(LOINC, "LA6568-5", null));

    assertThat(QuestionnaireResponses.safetyAnswersIn(sent, codeForms())).isEmpty();
  }

  private static AnsweredForm form(QuestionnaireResponse sent) {
    String canonical = sent.getQuestionnaire().split("\\|", 2)[0];
    if (canonical.startsWith("https://tandem.care/")) {
      var instrument =
          LIBRARY.find(canonical.substring(canonical.lastIndexOf('/') + 1)).orElseThrow();
      return AnsweredForm.own(instrument, QUESTIONNAIRES.resourceOf(instrument));
    }
    return PublishedForms.find(canonical, LIBRARY.all(), QUESTIONNAIRES).orElseThrow();
  }

  private static List<AnsweredForm> codeForms() {
    return LIBRARY.all().stream()
        .map(
            instrument ->
                new AnsweredForm(
                    instrument, QUESTIONNAIRES.resourceOf(instrument), false, Map.of(), Map.of()))
        .toList();
  }

  private static QuestionnaireResponse completed(String questionnaire) {
    return new QuestionnaireResponse()
        .setQuestionnaire(questionnaire)
        .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
  }
}
