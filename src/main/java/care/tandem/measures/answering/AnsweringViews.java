package care.tandem.measures.answering;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the answering pages show, shaped for their templates. */
public final class AnsweringViews {

  private AnsweringViews() {}

  /**
   * The top of every questionnaire page.
   *
   * @param attribution who wrote the questionnaire and on what terms
   * @param notValidated shown for a measure we wrote ourselves
   */
  public record Questionnaire(
      String title, String shortTitle, String stem, String attribution, boolean notValidated) {}

  /** Choosing one question per page or all on one page. */
  public record StartPage(
      RecordHeader header,
      Questionnaire questionnaire,
      int questions,
      String action,
      Field layout,
      List<Choice> layouts,
      List<FormView.ErrorLink> errors) {}

  /**
   * One question on its own page.
   *
   * @param leadIn the words that lead into this question ("Over the last 2 weeks..."): the
   *     questionnaire's stem for the questions it introduces, none for a question that carries its
   *     own (PHQ-9 question 10)
   */
  public record QuestionPage(
      String personName,
      Questionnaire questionnaire,
      @Nullable String leadIn,
      String progress,
      String backHref,
      String action,
      int version,
      boolean change,
      Field answer,
      String question,
      List<Choice> options,
      List<FormView.ErrorLink> errors) {}

  /** One question among all of them on one page. */
  public record QuestionField(Field answer, String question, List<Choice> options) {}

  /**
   * Questions in a row that share a lead-in, shown in a fieldset whose legend is the lead-in.
   *
   * @param leadIn the words that lead into these questions; null for questions that carry their own
   *     (PHQ-9 question 10), shown with no lead-in above them
   */
  public record QuestionGroup(@Nullable String leadIn, List<QuestionField> questions) {

    public QuestionGroup {
      questions = List.copyOf(questions);
    }
  }

  /** Every question on one page, grouped under the lead-in each belongs to. */
  public record AllPage(
      String personName,
      Questionnaire questionnaire,
      String backHref,
      String action,
      int version,
      List<QuestionGroup> groups,
      List<FormView.ErrorLink> errors) {}

  /**
   * Crisis support straight after an answer that needs it.
   *
   * @param saveFailed the answer could not be saved: say so, and send them back to try again
   */
  public record SupportPage(
      String whenSeen, String continueHref, String continueText, boolean saveFailed) {}

  /**
   * Checking the answers before sending them.
   *
   * @param mayChange false for a team member looking at the person's unfinished answers: they see
   *     them but cannot change or send them
   */
  public record CheckPage(
      String personName,
      Questionnaire questionnaire,
      String backHref,
      String action,
      List<SummaryListRow> rows,
      boolean complete,
      boolean mayChange,
      List<FormView.ErrorLink> errors) {}

  /** After sending. */
  public record SubmittedPage(
      String personName,
      Questionnaire questionnaire,
      String submittedOn,
      String resultsHref,
      String questionnairesHref,
      @Nullable String whenSeen) {}
}
