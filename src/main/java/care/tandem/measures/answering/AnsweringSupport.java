package care.tandem.measures.answering;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.SafetyNetSettings;
import care.tandem.system.components.Choice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every answering page needs: the ids from the path, access, and the crisis page. */
@Component
class AnsweringSupport {

  private final CareAccess access;
  private final Instruments instruments;
  private final Responses responses;
  private final People people;
  private final SafetyNetSettings safetyNet;

  AnsweringSupport(
      CareAccess access,
      Instruments instruments,
      Responses responses,
      People people,
      SafetyNetSettings safetyNet) {
    this.access = access;
    this.instruments = instruments;
    this.responses = responses;
    this.people = people;
    this.safetyNet = safetyNet;
  }

  /** The instrument named in the address: known without touching the database. */
  Instrument instrument(String id) {
    return instruments.find(id).orElseThrow(RecordNotFoundException::new);
  }

  /** A person completing (or a team member completing with them) the response. */
  Opened open(UUID person, Instrument instrument, UUID response, Authentication viewer) {
    RecordAccess allowed =
        access.requireToChange(
            person, viewer, "questionnaire.viewed", Map.of("response", response.toString()));
    Response found = responses.response(allowed, response);
    if (!found.instrument().equals(instrument.id())) {
      throw new RecordNotFoundException();
    }
    return new Opened(
        allowed,
        found,
        people.person(allowed).details().displayName(),
        responses.mayChange(allowed, found));
  }

  /** Crisis support, straight after an answer that needs it, whether or not it was saved. */
  String support(Model model, String continueHref, String continueText, boolean saveFailed) {
    model.addAttribute(
        "page",
        new AnsweringViews.SupportPage(
            safetyNet.whenSeen(), continueHref, continueText, saveFailed));
    return "measures/answering/support";
  }

  String whenSeen() {
    return safetyNet.whenSeen();
  }

  static AnsweringViews.Questionnaire questionnaire(Instrument instrument) {
    return new AnsweringViews.Questionnaire(
        instrument.title(),
        instrument.shortTitle(),
        instrument.stem(),
        instrument.attribution(),
        !instrument.validated());
  }

  static List<Choice> options(Instrument.Question question) {
    return question.options().stream()
        .map(option -> Choice.of(String.valueOf(option.value()), option.label()))
        .toList();
  }

  /** A posted answer as a value the question offers, if it is one. */
  static Optional<Integer> value(Instrument.Question question, @Nullable String posted) {
    try {
      int value = Integer.parseInt(posted == null ? "" : posted.strip());
      return question.option(value).map(Instrument.AnswerOption::value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A response opened for answering, with the access that opened it.
   *
   * @param mayChange false for a team member looking at the person's own unfinished answers
   */
  record Opened(RecordAccess access, Response response, String personName, boolean mayChange) {}
}
