package care.tandem.fhir.resources;

import care.tandem.measures.Instrument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * The form a response answers, and how its items and answers map to one of our instruments. Our own
 * Questionnaire is matched by linkId. A published form of the same instrument (LOINC's own, or HL7
 * SDC's example) is matched item by item by LOINC code: the item codes come from our Questionnaire
 * file, so nothing about any one instrument is written here.
 *
 * @param instrument the instrument the form is a version of
 * @param own true for our own Questionnaire; false for a published form
 * @param linkIdCodes for a published form whose linkIds are not LOINC codes, each linkId's code
 * @param answerCodes for a published form with its own answer codes, the LOINC answer code of each
 */
record AnsweredForm(
    Instrument instrument,
    Questionnaire questionnaire,
    boolean own,
    Map<String, String> linkIdCodes,
    Map<String, String> answerCodes) {

  private static final Pattern LOINC_CODE = Pattern.compile("\\d{1,8}-\\d");

  AnsweredForm {
    linkIdCodes = Map.copyOf(linkIdCodes);
    answerCodes = Map.copyOf(answerCodes);
  }

  static AnsweredForm own(Instrument instrument, Questionnaire questionnaire) {
    return new AnsweredForm(instrument, questionnaire, true, Map.of(), Map.of());
  }

  /**
   * The question a linkId stands for. Ours by linkId; a published form's by the LOINC code its
   * linkId is (or ends with, as in {@code /44249-1/44260-8}), or that the form's table gives it.
   */
  Optional<Instrument.Question> question(String linkId) {
    if (own) {
      return instrument.question(linkId);
    }
    return codeOf(linkId).flatMap(this::questionCoded);
  }

  /** True for an item that gives the sender's own total, which the server ignores. */
  boolean isTotal(String linkId) {
    Set<String> totalCodes =
        Set.copyOf(instrument.totalCodes().stream().map(c -> c.code()).toList());
    if (own) {
      return Set.of("total", "total-score").contains(linkId)
          || totalCodes.contains(linkId)
          || totalCodes.contains(linkId.startsWith("/") ? linkId.substring(1) : linkId);
    }
    return codeOf(linkId).filter(totalCodes::contains).isPresent();
  }

  /** An answer's value: an integer that is one of the option values, or an option's coding. */
  Optional<Integer> valueOf(@Nullable Type value, Instrument.Question question) {
    if (value instanceof IntegerType integer && integer.getValue() != null) {
      return question.option(integer.getValue()).map(Instrument.AnswerOption::value);
    }
    if (value instanceof Coding coding && coding.getCode() != null) {
      String code = answerCodes.getOrDefault(coding.getCode(), coding.getCode());
      return question.options().stream()
          .filter(option -> option.code().equals(code))
          .map(Instrument.AnswerOption::value)
          .findFirst();
    }
    return Optional.empty();
  }

  private Optional<String> codeOf(String linkId) {
    String mapped = linkIdCodes.get(linkId);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    String last = linkId.substring(linkId.lastIndexOf('/') + 1);
    return LOINC_CODE.matcher(last).matches() ? Optional.of(last) : Optional.empty();
  }

  private Optional<Instrument.Question> questionCoded(String code) {
    return questionnaire.getItem().stream()
        .filter(item -> item.getCode().stream().anyMatch(c -> code.equals(c.getCode())))
        .findFirst()
        .flatMap(item -> instrument.question(item.getLinkId()));
  }

  /** The instrument's LOINC panel code, from our Questionnaire's code; empty if it has none. */
  static List<String> panelCodes(Questionnaire questionnaire) {
    return questionnaire.getCode().stream()
        .filter(code -> "http://loinc.org".equals(code.getSystem()))
        .map(Coding::getCode)
        .toList();
  }
}
