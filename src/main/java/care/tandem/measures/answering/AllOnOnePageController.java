package care.tandem.measures.answering;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.HiddenFields;
import care.tandem.measures.Instrument;
import care.tandem.system.form.FormView;
import care.tandem.system.limits.Failures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every question on one page, saved together. As on a single question's page, crisis support shows
 * next when any posted answer needs it, decided before saving.
 */
@Controller
class AllOnOnePageController {

  private static final Logger log = LoggerFactory.getLogger(AllOnOnePageController.class);
  private static final String BASE =
      "/people/{personId}/questionnaires/{instrumentId}/{responseId}/all";

  private final AnsweringSupport support;
  private final Responses responses;

  AllOnOnePageController(AnsweringSupport support, Responses responses) {
    this.support = support;
    this.responses = responses;
  }

  @GetMapping(BASE)
  String showAll(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    var opened = support.open(personId, instrument, responseId, viewer);
    if (opened.response().submitted()) {
      return "redirect:" + AnsweringLinks.submitted(opened.response());
    }
    if (!opened.mayChange()) {
      // Someone else's answers: shown to read on the check page, without a form to change them.
      return "redirect:" + AnsweringLinks.check(opened.response());
    }
    return page(model, instrument, opened, opened.response().answers(), Map.of());
  }

  @PostMapping(BASE)
  String processAll(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      @RequestParam MultiValueMap<String, String> posted,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    Map<String, Integer> answers = answers(instrument, posted);
    boolean needsSupport = !instrument.safetyFlags(answers).isEmpty();
    String here = AnsweringLinks.response(personId, instrument.id(), responseId) + "/all";
    @Nullable String version = posted.getFirst("version");
    Response saved;
    try {
      saved =
          responses.answerAll(
              personId,
              responseId,
              answers,
              version == null ? null : HiddenFields.version(version),
              viewer);
    } catch (RecordNotFoundException | ActionNotAllowedException e) {
      throw e;
    } catch (ResponseAlreadySubmittedException e) {
      String submitted = here.substring(0, here.length() - "/all".length()) + "/submitted";
      return needsSupport
          ? support.support(model, submitted, "Continue", false)
          : "redirect:" + submitted;
    } catch (RuntimeException e) {
      if (!needsSupport) {
        throw e;
      }
      log.error(
          "Could not save answers to response {}; crisis support shown: {}",
          responseId,
          Failures.withoutMessages(e));
      return support.support(model, here, "Go back and try again", true);
    }
    boolean complete = AnsweringLinks.complete(instrument, saved);
    String next = complete ? AnsweringLinks.check(saved) : here;
    if (needsSupport) {
      return support.support(model, next, "Continue with the questionnaire", false);
    }
    if (complete) {
      return "redirect:" + next;
    }
    var opened = support.open(personId, instrument, responseId, viewer);
    Map<String, String> missing = new LinkedHashMap<>();
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      Instrument.Question q = questions.get(i);
      if (q.scored() && !saved.answers().containsKey(q.linkId())) {
        missing.put(q.linkId(), "Select an answer to question " + (i + 1));
      }
    }
    return page(model, instrument, opened, saved.answers(), missing);
  }

  /** The answers posted as question-1, question-2...; a value not offered is a bad request. */
  private static Map<String, Integer> answers(
      Instrument instrument, MultiValueMap<String, String> posted) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      String value = posted.getFirst(fieldName(i + 1));
      if (value == null || value.isBlank()) {
        continue;
      }
      Optional<Integer> offered = AnsweringSupport.value(questions.get(i), value);
      answers.put(
          questions.get(i).linkId(),
          offered.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)));
    }
    return answers;
  }

  private String page(
      Model model,
      Instrument instrument,
      AnsweringSupport.Opened opened,
      Map<String, Integer> answers,
      Map<String, String> errors) {
    List<AnsweringViews.QuestionField> fields = new ArrayList<>();
    List<FormView.ErrorLink> summary = new ArrayList<>();
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      Instrument.Question q = questions.get(i);
      String name = fieldName(i + 1);
      Integer value = answers.get(q.linkId());
      String error = errors.get(q.linkId());
      if (error != null) {
        summary.add(new FormView.ErrorLink(error, "#" + name));
      }
      fields.add(
          new AnsweringViews.QuestionField(
              new care.tandem.system.form.Field(
                  name, name, value == null ? List.of() : List.of("" + value), error),
              (i + 1) + ". " + q.text(),
              AnsweringSupport.options(q)));
    }
    Response response = opened.response();
    model.addAttribute(
        "page",
        new AnsweringViews.AllPage(
            opened.personName(),
            AnsweringSupport.questionnaire(instrument),
            AnsweringLinks.questionnaires(response.person()),
            AnsweringLinks.all(response),
            response.version(),
            byLeadIn(instrument, fields),
            summary));
    return "measures/answering/all";
  }

  /**
   * The questions' fields (one per question, in order) grouped by the lead-in shown with them:
   * questions in a row with the same lead-in share one group; a question with another, or none
   * (PHQ-9 question 10), starts a new one, so no lead-in shows above it.
   */
  static List<AnsweringViews.QuestionGroup> byLeadIn(
      Instrument instrument, List<AnsweringViews.QuestionField> fields) {
    List<AnsweringViews.QuestionGroup> groups = new ArrayList<>();
    List<AnsweringViews.QuestionField> group = new ArrayList<>();
    @Nullable String leadIn = null;
    for (int i = 0; i < fields.size(); i++) {
      @Nullable String questionLeadIn = instrument.leadIn(instrument.questions().get(i));
      if (i > 0 && !Objects.equals(questionLeadIn, leadIn)) {
        groups.add(new AnsweringViews.QuestionGroup(leadIn, group));
        group = new ArrayList<>();
      }
      leadIn = questionLeadIn;
      group.add(fields.get(i));
    }
    if (!group.isEmpty()) {
      groups.add(new AnsweringViews.QuestionGroup(leadIn, group));
    }
    return groups;
  }

  private static String fieldName(int number) {
    return "question-" + number;
  }
}
