package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.Instrument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

/**
 * {@code QuestionnaireResponse} both ways. Out: the stored answers, each as the answer option's
 * coding. In: each item's answer as a coding of one of the question's options (or an integer that
 * is one of their values). An item giving a total (linked by the total's code, or "total") is the
 * sender's own sum and is ignored: the server scores the answers.
 */
@Component
class QuestionnaireResponses {

  QuestionnaireResponse from(
      CompletedQuestionnaire done,
      Instrument instrument,
      Questionnaire questionnaire,
      String personName) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setId(done.id().toString());
    response.setQuestionnaire(
        questionnaire.hasUrl() ? questionnaire.getUrl() : "Questionnaire/" + instrument.id());
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(FhirTypes.patient(done.person(), personName));
    response.setAuthoredElement(FhirTypes.dateTime(done.submittedAt()));
    for (Instrument.Question question : instrument.questions()) {
      Integer value = done.answers().get(question.linkId());
      if (value == null) {
        continue;
      }
      QuestionnaireResponseItemComponent item =
          response.addItem().setLinkId(question.linkId()).setText(question.text());
      question
          .option(value)
          .ifPresentOrElse(
              option -> item.addAnswer().setValue(codingOf(questionnaire, question, option)),
              () -> item.addAnswer().setValue(new IntegerType(value)));
    }
    response.setText(
        Narratives.of(
            List.of(
                instrument.shortTitle() + " completed",
                "Answers: " + done.answers().size(),
                "Total score: " + done.score().total())));
    return response;
  }

  /** The option's coding exactly as the Questionnaire offers it, system and all. */
  private static Coding codingOf(
      Questionnaire questionnaire, Instrument.Question question, Instrument.AnswerOption option) {
    return questionnaire.getItem().stream()
        .filter(item -> item.getLinkId().equals(question.linkId()))
        .flatMap(item -> item.getAnswerOption().stream())
        .filter(offered -> offered.hasValueCoding())
        .map(offered -> offered.getValueCoding())
        .filter(coding -> option.code().equals(coding.getCode()))
        .findFirst()
        .map(Coding::copy)
        .orElseGet(() -> new Coding().setCode(option.code()).setDisplay(option.label()));
  }

  /**
   * The answers a response gives, by linkId. Every problem is named at once in a 422.
   *
   * @throws UnprocessableEntityException for a status other than completed, an item with no answer
   *     or more than one, or an answer that is neither a coding nor an integer
   */
  Map<String, Integer> answersIn(QuestionnaireResponse response, Instrument instrument) {
    List<String> problems = new ArrayList<>();
    if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
      problems.add("status: only a completed response can be stored");
    }
    Set<String> totals = totalLinkIds(instrument);
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (QuestionnaireResponseItemComponent item : flatten(response.getItem())) {
      String linkId = item.getLinkId();
      if (linkId == null || linkId.isBlank()) {
        problems.add("item.linkId: every item needs a linkId");
        continue;
      }
      if (totals.contains(linkId)) {
        continue;
      }
      if (instrument.question(linkId).isEmpty()) {
        problems.add("item " + linkId + ": this questionnaire does not ask that question");
        continue;
      }
      if (item.getAnswer().size() != 1) {
        problems.add("item " + linkId + ": give exactly one answer");
        continue;
      }
      valueOf(item.getAnswer().get(0), instrument.question(linkId))
          .ifPresentOrElse(
              value -> {
                if (answers.put(linkId, value) != null) {
                  problems.add("item " + linkId + ": answered more than once");
                }
              },
              () -> problems.add("item " + linkId + ": the answer is not one of the options"));
    }
    if (!problems.isEmpty()) {
      throw unprocessable(problems);
    }
    return answers;
  }

  static UnprocessableEntityException unprocessable(List<String> problems) {
    OperationOutcome outcome = new OperationOutcome();
    problems.forEach(
        problem ->
            outcome
                .addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID)
                .setDiagnostics(problem));
    return new UnprocessableEntityException(
        problems.stream().collect(Collectors.joining("; ")), outcome);
  }

  private static Optional<Integer> valueOf(
      QuestionnaireResponseItemAnswerComponent answer, Optional<Instrument.Question> question) {
    Type value = answer.getValue();
    if (value instanceof IntegerType integer && integer.getValue() != null) {
      return Optional.of(integer.getValue());
    }
    if (value instanceof Coding coding && coding.getCode() != null && question.isPresent()) {
      return question.get().options().stream()
          .filter(option -> option.code().equals(coding.getCode()))
          .map(Instrument.AnswerOption::value)
          .findFirst();
    }
    return Optional.empty();
  }

  /** The linkIds a sender may use for its own total: the total's codes, and "total". */
  private static Set<String> totalLinkIds(Instrument instrument) {
    Set<String> ids = new HashSet<>(Set.of("total", "total-score"));
    instrument
        .totalCodes()
        .forEach(
            code -> {
              ids.add(code.code());
              ids.add("/" + code.code());
            });
    return ids;
  }

  private static List<QuestionnaireResponseItemComponent> flatten(
      List<QuestionnaireResponseItemComponent> items) {
    List<QuestionnaireResponseItemComponent> all = new ArrayList<>();
    for (QuestionnaireResponseItemComponent item : items) {
      if (item.hasItem()) {
        all.addAll(flatten(item.getItem()));
      } else {
        all.add(item);
      }
    }
    return all;
  }

  /** The person a response's subject names, if it names a Patient by our id. */
  static Optional<UUID> subjectOf(QuestionnaireResponse response) {
    Reference subject = response.getSubject();
    if (subject == null || subject.getReferenceElement().isEmpty()) {
      return Optional.empty();
    }
    String type = subject.getReferenceElement().getResourceType();
    if (type != null && !type.equals("Patient")) {
      return Optional.empty();
    }
    return Ids.uuid(subject.getReferenceElement().getIdPart());
  }
}
