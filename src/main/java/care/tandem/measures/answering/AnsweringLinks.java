package care.tandem.measures.answering;

import care.tandem.measures.Instrument;
import java.util.List;
import java.util.UUID;

/** Addresses of the answering pages, and where a person picks up a response they left. */
final class AnsweringLinks {

  private AnsweringLinks() {}

  static String questionnaires(UUID person) {
    return "/people/" + person + "/questionnaires";
  }

  static String start(UUID person, String instrument) {
    return questionnaires(person) + "/" + instrument + "/start";
  }

  static String response(UUID person, String instrument, UUID response) {
    return questionnaires(person) + "/" + instrument + "/" + response;
  }

  static String question(Response response, int number) {
    return response(response.person(), response.instrument(), response.id())
        + "/questions/"
        + number;
  }

  static String all(Response response) {
    return response(response.person(), response.instrument(), response.id()) + "/all";
  }

  static String check(Response response) {
    return response(response.person(), response.instrument(), response.id()) + "/check";
  }

  static String submitted(Response response) {
    return response(response.person(), response.instrument(), response.id()) + "/submitted";
  }

  static String results(UUID person, String instrument) {
    return "/people/" + person + "/results/" + instrument;
  }

  /** Where to carry on: the first question not answered yet, or checking the answers. */
  static String carryOn(Instrument instrument, Response response) {
    if (response.submitted()) {
      return submitted(response);
    }
    if (response.layout() == AnswerLayout.ALL_ON_ONE_PAGE) {
      return all(response);
    }
    List<Instrument.Question> questions = instrument.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (!response.answers().containsKey(questions.get(i).linkId())) {
        return question(response, i + 1);
      }
    }
    return check(response);
  }

  /** Whether every question that counts is answered, so the answers can be checked and sent. */
  static boolean complete(Instrument instrument, Response response) {
    return instrument.scoredQuestions().stream()
        .allMatch(q -> response.answers().containsKey(q.linkId()));
  }
}
