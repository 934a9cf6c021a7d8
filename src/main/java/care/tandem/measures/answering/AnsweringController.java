package care.tandem.measures.answering;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.HiddenFields;
import care.tandem.measures.Instrument;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import care.tandem.system.limits.Failures;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One question per page. Whether to show crisis support next is decided from the posted answer
 * itself, before saving, so it shows even when the save (or the alert written with it) fails.
 */
@Controller
class AnsweringController {

  private static final Logger log = LoggerFactory.getLogger(AnsweringController.class);
  private static final String BASE =
      "/people/{personId}/questionnaires/{instrumentId}/{responseId}/questions/{number}";

  private final AnsweringSupport support;
  private final Responses responses;

  AnsweringController(AnsweringSupport support, Responses responses) {
    this.support = support;
    this.responses = responses;
  }

  @GetMapping(BASE)
  String showQuestion(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      @PathVariable int number,
      @RequestParam(defaultValue = "false") boolean change,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    Instrument.Question question = question(instrument, number);
    var opened = support.open(personId, instrument, responseId, viewer);
    if (opened.response().submitted()) {
      return "redirect:" + AnsweringLinks.submitted(opened.response());
    }
    if (!opened.mayChange()) {
      // Someone else's answers: shown to read on the check page, without a form to change them.
      return "redirect:" + AnsweringLinks.check(opened.response());
    }
    Integer stored = opened.response().answers().get(question.linkId());
    Field answer =
        new Field("answer", "answer", stored == null ? List.of() : List.of("" + stored), null);
    return page(model, instrument, opened, number, change, answer);
  }

  @PostMapping(BASE)
  String processQuestion(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      @PathVariable int number,
      @RequestParam(defaultValue = "false") boolean change,
      @RequestParam(required = false) @Nullable String answer,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    Instrument.Question question = question(instrument, number);
    Optional<Integer> value = AnsweringSupport.value(question, answer);
    if (value.isEmpty()) {
      var opened = support.open(personId, instrument, responseId, viewer);
      Field field = new Field("answer", "answer", List.of(), "Select an answer");
      return page(model, instrument, opened, number, change, field);
    }
    boolean needsSupport = question.flags(value.get());
    String here =
        AnsweringLinks.response(personId, instrument.id(), responseId) + "/questions/" + number;
    Response saved;
    try {
      saved =
          responses.answer(
              personId,
              responseId,
              question.linkId(),
              value.get(),
              version == null ? null : HiddenFields.version(version),
              viewer);
    } catch (RecordNotFoundException | ActionNotAllowedException e) {
      throw e;
    } catch (ResponseAlreadySubmittedException e) {
      String submitted = here.substring(0, here.indexOf("/questions/")) + "/submitted";
      return needsSupport
          ? support.support(model, submitted, "Continue", false)
          : "redirect:" + submitted;
    } catch (ResponseChangedException e) {
      if (needsSupport) {
        return support.support(model, here, "Go back to the question", true);
      }
      var opened = support.open(personId, instrument, responseId, viewer);
      Field field =
          new Field(
              "answer",
              "answer",
              List.of(),
              "This answer was changed somewhere else. Check it and save it again");
      return page(model, instrument, opened, number, change, field);
    } catch (RuntimeException e) {
      if (!needsSupport) {
        throw e;
      }
      log.error(
          "Could not save an answer to response {}; crisis support shown: {}",
          responseId,
          Failures.withoutMessages(e));
      return support.support(model, here, "Go back and try again", true);
    }
    String next =
        change || number >= instrument.questions().size()
            ? AnsweringLinks.check(saved)
            : AnsweringLinks.question(saved, number + 1);
    if (needsSupport) {
      return support.support(model, next, "Continue with the questionnaire", false);
    }
    return "redirect:" + next;
  }

  private String page(
      Model model,
      Instrument instrument,
      AnsweringSupport.Opened opened,
      int number,
      boolean change,
      Field answer) {
    Response response = opened.response();
    String back =
        change
            ? AnsweringLinks.check(response)
            : number == 1
                ? AnsweringLinks.questionnaires(response.person())
                : AnsweringLinks.question(response, number - 1);
    FormView errors =
        answer.error() == null
            ? null
            : FormView.of(new Answer(null)).withError("answer", answer.error());
    model.addAttribute(
        "page",
        new AnsweringViews.QuestionPage(
            opened.personName(),
            AnsweringSupport.questionnaire(instrument),
            instrument.leadIn(instrument.questions().get(number - 1)),
            "Question " + number + " of " + instrument.questions().size(),
            back,
            AnsweringLinks.question(response, number) + (change ? "?change=true" : ""),
            response.version(),
            change,
            answer,
            instrument.questions().get(number - 1).text(),
            AnsweringSupport.options(instrument.questions().get(number - 1)),
            errors == null ? List.of() : errors.errorSummary()));
    return "measures/answering/question";
  }

  private static Instrument.Question question(Instrument instrument, int number) {
    if (number < 1 || number > instrument.questions().size()) {
      throw new RecordNotFoundException();
    }
    return instrument.questions().get(number - 1);
  }

  /** The one field a question page posts, for the error summary. */
  record Answer(@Nullable String answer) {}
}
