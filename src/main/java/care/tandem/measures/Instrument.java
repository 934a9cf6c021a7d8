package care.tandem.measures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire that can be asked and scored, read from its FHIR Questionnaire resource and the
 * scoring definition beside it. Nothing about any one instrument is written in Java.
 *
 * @param id the short id used in addresses and storage: {@code phq-9}
 * @param title the full title: "Patient Health Questionnaire (PHQ-9)"
 * @param shortTitle what people call it: "PHQ-9"
 * @param stem the question every item answers: "Over the last 2 weeks, how often have you been
 *     bothered by any of the following problems?"
 * @param attribution who wrote it and on what terms, shown wherever it is asked
 * @param validated false for measures we wrote ourselves, which must say so
 * @param questions every question in order, scored or not
 * @param totalMin the lowest possible total
 * @param totalMax the highest possible total
 * @param bands severity bands covering totalMin to totalMax without gaps or overlaps
 * @param subscales named parts of the total, such as PHQ-4's anxiety and depression
 * @param casenessAt the total at or above which a person counts as a clinical case; null if none
 * @param reliableChange the smallest change in total that counts as reliable; null if none
 * @param higherIsBetter true when a higher total means better health
 * @param totalCodes codes for the total, SNOMED CT first, then LOINC
 * @param questionnaire the FHIR R4 Questionnaire resource as JSON, exactly as shipped
 * @param source where the items, scoring and thresholds come from
 */
public record Instrument(
    String id,
    String title,
    String shortTitle,
    String stem,
    String attribution,
    boolean validated,
    List<Question> questions,
    int totalMin,
    int totalMax,
    List<Band> bands,
    List<Subscale> subscales,
    @Nullable Integer casenessAt,
    @Nullable Integer reliableChange,
    boolean higherIsBetter,
    List<Code> totalCodes,
    String questionnaire,
    String source) {

  public Instrument {
    questions = List.copyOf(questions);
    bands = List.copyOf(bands);
    subscales = List.copyOf(subscales);
    totalCodes = List.copyOf(totalCodes);
  }

  public Optional<Question> question(String linkId) {
    return questions.stream().filter(q -> q.linkId().equals(linkId)).findFirst();
  }

  /** The questions that add to the total. */
  public List<Question> scoredQuestions() {
    return questions.stream().filter(Question::scored).toList();
  }

  /** The band a total falls in. */
  public Band bandOf(int total) {
    return bands.stream()
        .filter(band -> band.contains(total))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No band holds " + total));
  }

  /**
   * The words that lead into a question, shown with it: the stem ("Over the last 2 weeks, how
   * often...") for the scored questions it introduces; none for an unscored question, which carries
   * its own lead-in in its wording (PHQ-9 question 10, "If you checked off any problems...").
   */
  public @Nullable String leadIn(Question question) {
    return question.scored() ? stem : null;
  }

  /**
   * The safety questions these answers (complete or not) flag, in question order: for PHQ-9, item 9
   * answered above 0. Evaluated as soon as the question is answered, whatever else is missing.
   */
  public List<String> safetyFlags(Map<String, Integer> answers) {
    return questions.stream()
        .filter(q -> q.safetyAt() != null)
        .filter(q -> answers.containsKey(q.linkId()) && q.flags(answers.get(q.linkId())))
        .map(Question::linkId)
        .toList();
  }

  /**
   * One question.
   *
   * @param linkId its FHIR linkId, unique in the instrument
   * @param text the wording, exactly as published
   * @param options the answers offered, lowest value first
   * @param scored false for a question that does not add to the total (PHQ-9's difficulty one)
   * @param reverse true when its value counts backwards (max - value) in the total
   * @param safetyAt the value at or above which the answer needs safety-netting; null if never
   */
  public record Question(
      String linkId,
      String text,
      List<AnswerOption> options,
      boolean scored,
      boolean reverse,
      @Nullable Integer safetyAt) {

    public Question {
      options = List.copyOf(options);
    }

    public boolean flags(int value) {
      return safetyAt != null && value >= safetyAt;
    }

    public Optional<AnswerOption> option(int value) {
      return options.stream().filter(o -> o.value() == value).findFirst();
    }
  }

  /**
   * An answer offered.
   *
   * @param code its code in the Questionnaire's answerOption (a LOINC answer code, say)
   */
  public record AnswerOption(int value, String code, String label) {}

  /**
   * A severity band.
   *
   * @param code a short code: {@code moderate}
   * @param label in words: "Moderate"
   */
  public record Band(String code, String label, int from, int to) {
    public boolean contains(int total) {
      return total >= from && total <= to;
    }
  }

  /**
   * A named part of the total.
   *
   * @param positiveAt the subscale total at or above which it screens positive; null if none
   */
  public record Subscale(
      String id, String title, List<String> linkIds, @Nullable Integer positiveAt) {
    public Subscale {
      linkIds = List.copyOf(linkIds);
    }
  }

  /** A coded concept: system URI, code and display. */
  public record Code(String system, String code, String display) {}
}
