package care.tandem.measures.answering;

import care.tandem.care.web.CareDates;
import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.Instrument;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Checking the answers, sending them once, and the confirmation. A double submit, or the back
 * button after sending, shows what was sent and stores nothing twice.
 */
@Controller
class SubmitController {

  private static final String BASE =
      "/people/{personId}/questionnaires/{instrumentId}/{responseId}";

  private final AnsweringSupport support;
  private final Responses responses;

  SubmitController(AnsweringSupport support, Responses responses) {
    this.support = support;
    this.responses = responses;
  }

  @GetMapping(BASE + "/check")
  String showCheck(
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
    return check(model, instrument, opened, List.of());
  }

  @PostMapping(BASE + "/submit")
  String processSubmit(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    try {
      Submission submission = responses.submit(personId, responseId, viewer);
      return "redirect:" + AnsweringLinks.submitted(submission.response());
    } catch (AnswersNotValidException e) {
      var opened = support.open(personId, instrument, responseId, viewer);
      List<FormView.ErrorLink> errors = new ArrayList<>();
      for (var problem : e.problems()) {
        int number = number(instrument, problem.linkId());
        errors.add(
            new FormView.ErrorLink(
                "Answer question " + number, href(instrument, opened.response(), number)));
      }
      return check(model, instrument, opened, errors);
    }
  }

  @GetMapping(BASE + "/submitted")
  String showSubmitted(
      @PathVariable UUID personId,
      @PathVariable String instrumentId,
      @PathVariable UUID responseId,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    var opened = support.open(personId, instrument, responseId, viewer);
    Response response = opened.response();
    if (!response.submitted() || response.submittedAt() == null) {
      return "redirect:" + AnsweringLinks.carryOn(instrument, response);
    }
    boolean flagged = !instrument.safetyFlags(response.answers()).isEmpty();
    model.addAttribute(
        "page",
        new AnsweringViews.SubmittedPage(
            opened.personName(),
            AnsweringSupport.questionnaire(instrument),
            CareDates.dateAndTime(response.submittedAt()),
            AnsweringLinks.results(response.person(), instrument.id()),
            AnsweringLinks.questionnaires(response.person()),
            flagged ? support.whenSeen() : null));
    return "measures/answering/submitted";
  }

  private String check(
      Model model,
      Instrument instrument,
      AnsweringSupport.Opened opened,
      List<FormView.ErrorLink> errors) {
    Response response = opened.response();
    List<SummaryListRow> rows = new ArrayList<>();
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      Instrument.Question q = questions.get(i);
      Integer value = response.answers().get(q.linkId());
      String answer =
          value == null
              ? "Not answered"
              : q.option(value).map(Instrument.AnswerOption::label).orElse("Not answered");
      SummaryListRow row = SummaryListRow.of((i + 1) + ". " + q.text(), answer);
      rows.add(
          opened.mayChange()
              ? row.withAction(
                  "Change", href(instrument, response, i + 1), "answer to question " + (i + 1))
              : row);
    }
    String back =
        response.layout() == AnswerLayout.ALL_ON_ONE_PAGE
            ? AnsweringLinks.all(response)
            : AnsweringLinks.question(response, questions.size());
    model.addAttribute(
        "page",
        new AnsweringViews.CheckPage(
            opened.personName(),
            AnsweringSupport.questionnaire(instrument),
            back,
            AnsweringLinks.response(response.person(), instrument.id(), response.id()) + "/submit",
            rows,
            AnsweringLinks.complete(instrument, response),
            opened.mayChange(),
            errors));
    return "measures/answering/check";
  }

  private static String href(Instrument instrument, Response response, int number) {
    return response.layout() == AnswerLayout.ALL_ON_ONE_PAGE
        ? AnsweringLinks.all(response) + "#question-" + number
        : AnsweringLinks.question(response, number) + "?change=true";
  }

  private static int number(Instrument instrument, String linkId) {
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).linkId().equals(linkId)) {
        return i + 1;
      }
    }
    return 1;
  }
}
