package care.tandem.measures.answering;

import static care.tandem.system.Capability.ANSWER_QUESTIONNAIRE;
import static care.tandem.system.Capability.ASK_FOR_QUESTIONNAIRE;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.assigning.Assignment;
import care.tandem.measures.assigning.Assignments;
import care.tandem.measures.assigning.Schedule;
import care.tandem.system.components.Choice;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The record's questionnaires page, and starting (or picking up) a questionnaire. */
@Controller
class QuestionnairesController {

  private final CareAccess access;
  private final Capabilities capabilities;
  private final RecordHeaders headers;
  private final Instruments instruments;
  private final Responses responses;
  private final Assignments assignments;
  private final AnsweringSupport support;

  QuestionnairesController(
      CareAccess access,
      Capabilities capabilities,
      RecordHeaders headers,
      Instruments instruments,
      Responses responses,
      Assignments assignments,
      AnsweringSupport support) {
    this.access = access;
    this.capabilities = capabilities;
    this.headers = headers;
    this.instruments = instruments;
    this.responses = responses;
    this.assignments = assignments;
    this.support = support;
  }

  @GetMapping("/people/{personId}/questionnaires")
  String showQuestionnaires(
      @PathVariable("personId") UUID person, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(person, viewer, "questionnaires.viewed");
    String base = AnsweringLinks.questionnaires(person);
    // A helper reached this page only with the person's consent to help answer (CarerAccess).
    boolean canAnswer =
        allowed.isHelper()
            || ((allowed.isThePerson() || allowed.isTeamMember())
                && Capabilities.allows(allowed, viewer, ANSWER_QUESTIONNAIRE));
    boolean canAsk =
        allowed.isTeamMember() && Capabilities.allows(allowed, viewer, ASK_FOR_QUESTIONNAIRE);
    List<Response> all = responses.all(allowed);
    List<QuestionnairesPage.Line> due = new ArrayList<>();
    for (Assignment assignment : assignments.due(allowed)) {
      title(assignment.instrument())
          .ifPresent(
              instrument -> {
                Optional<Response> started = inProgress(all, instrument.id());
                due.add(
                    new QuestionnairesPage.Line(
                        instrument.title(),
                        "Due " + CareDates.date(assignment.nextDue()),
                        started.isPresent()
                            ? AnsweringLinks.carryOn(instrument, started.get())
                            : AnsweringLinks.start(person, instrument.id()),
                        started.isPresent() ? "Continue" : "Start"));
              });
    }
    List<QuestionnairesPage.Line> inProgress = new ArrayList<>();
    List<QuestionnairesPage.Line> completed = new ArrayList<>();
    for (Response response : all) {
      Optional<Instrument> instrument = title(response.instrument());
      if (instrument.isEmpty()) {
        continue;
      }
      if (response.submitted() && response.submittedAt() != null) {
        completed.add(
            new QuestionnairesPage.Line(
                instrument.get().title(),
                "Sent " + CareDates.date(response.submittedAt()),
                AnsweringLinks.results(person, instrument.get().id()),
                "See results"));
      } else if (!response.submitted() && !shownAsDue(due, instrument.get(), response)) {
        boolean mayChange = responses.mayChange(allowed, response);
        inProgress.add(
            new QuestionnairesPage.Line(
                instrument.get().title(),
                "Started " + CareDates.date(response.startedAt()),
                mayChange
                    ? AnsweringLinks.carryOn(instrument.get(), response)
                    : AnsweringLinks.check(response),
                mayChange ? "Continue" : "See answers so far"));
      }
    }
    // One line per questionnaire: one already started is carried on above, not started again.
    List<QuestionnairesPage.Line> available =
        instruments.all().stream()
            .filter(i -> inProgress(all, i.id()).isEmpty())
            .map(
                i ->
                    new QuestionnairesPage.Line(
                        i.title(),
                        i.questions().size() + " questions",
                        AnsweringLinks.start(person, i.id()),
                        "Start"))
            .toList();
    List<QuestionnairesPage.Assigned> assigned = new ArrayList<>();
    if (canAsk) {
      for (Assignment a : assignments.all(allowed)) {
        assigned.add(
            new QuestionnairesPage.Assigned(
                title(a.instrument()).map(Instrument::title).orElse(a.instrument()),
                schedule(a),
                a.ended()
                    ? "Ended"
                    : a.nextDue() == null ? "Nothing due" : CareDates.date(a.nextDue()),
                a.ended() ? null : base + "/assignments/" + a.id() + "/end",
                a.ended() || a.schedule() != Schedule.BEFORE_APPOINTMENT
                    ? null
                    : base + "/assignments/" + a.id() + "/appointment",
                a.version(),
                UUID.randomUUID().toString()));
      }
    }
    model.addAttribute(
        "page",
        new QuestionnairesPage(
            headers.of(allowed, base),
            allowed.isThePerson(),
            canAnswer,
            canAnswer ? due : List.of(),
            inProgress,
            canAnswer ? available : List.of(),
            assigned,
            completed,
            canAsk ? base + "/assign" : null));
    return "measures/answering/questionnaires";
  }

  @GetMapping("/people/{personId}/questionnaires/{instrumentId}/start")
  String showStart(
      @PathVariable("personId") UUID person,
      @PathVariable String instrumentId,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    RecordAccess allowed =
        capabilities.require(
            person,
            viewer,
            ANSWER_QUESTIONNAIRE,
            "questionnaire.viewed",
            Map.of("instrument", instrument.id()));
    return start(model, allowed, instrument, null);
  }

  @PostMapping("/people/{personId}/questionnaires/{instrumentId}/start")
  String processStart(
      @PathVariable("personId") UUID person,
      @PathVariable String instrumentId,
      @RequestParam(required = false) @Nullable String layout,
      Authentication viewer,
      Model model) {
    Instrument instrument = support.instrument(instrumentId);
    Optional<AnswerLayout> chosen = AnswerLayout.ofCode(layout == null ? "" : layout);
    if (chosen.isEmpty()) {
      RecordAccess allowed =
          capabilities.require(
              person,
              viewer,
              ANSWER_QUESTIONNAIRE,
              "questionnaire.viewed",
              Map.of("instrument", instrument.id()));
      return start(model, allowed, instrument, "Select how you would like to see the questions");
    }
    Response response = responses.start(person, instrument, chosen.get(), viewer);
    return "redirect:" + AnsweringLinks.carryOn(instrument, response);
  }

  private String start(
      Model model, RecordAccess allowed, Instrument instrument, @Nullable String error) {
    Field layout = new Field("layout", "layout", List.of(), error);
    String base = AnsweringLinks.questionnaires(allowed.person());
    model.addAttribute(
        "page",
        new AnsweringViews.StartPage(
            headers.of(allowed, base),
            AnsweringSupport.questionnaire(instrument),
            instrument.questions().size(),
            AnsweringLinks.start(allowed.person(), instrument.id()),
            layout,
            List.of(
                Choice.of(
                    AnswerLayout.ONE_PER_PAGE.code(),
                    "One question on each page",
                    "Good on a phone. You can stop and carry on later."),
                Choice.of(AnswerLayout.ALL_ON_ONE_PAGE.code(), "All the questions on one page")),
            error == null ? List.of() : List.of(new FormView.ErrorLink(error, "#" + layout.id()))));
    return "measures/answering/start";
  }

  private Optional<Instrument> title(String instrument) {
    return instruments.find(instrument);
  }

  private static Optional<Response> inProgress(List<Response> all, String instrument) {
    return all.stream()
        .filter(r -> !r.submitted() && r.instrument().equals(instrument))
        .findFirst();
  }

  /** Whether a half-done response is already offered, with "Continue", under "Due now". */
  private static boolean shownAsDue(
      List<QuestionnairesPage.Line> due, Instrument instrument, Response response) {
    String carryOn = AnsweringLinks.carryOn(instrument, response);
    return due.stream().anyMatch(line -> line.href().equals(carryOn));
  }

  private static String schedule(Assignment a) {
    return switch (a.schedule()) {
      case ONCE -> Schedule.ONCE.label();
      case REPEATING -> "Every " + a.everyWeeks() + (a.everyWeeks() == 1 ? " week" : " weeks");
      case BEFORE_APPOINTMENT ->
          a.appointmentDate() == null
              ? "Before the next appointment (no date set)"
              : "Before the appointment on " + CareDates.date(a.appointmentDate());
    };
  }
}
