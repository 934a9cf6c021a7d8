package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.Instrument;
import care.tandem.measures.SenderDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
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
    // The sender's own identifier and authored time are served as it sent them.
    SenderDetails sender = done.sender();
    if (sender.identifierValue() != null) {
      response.setIdentifier(
          new Identifier().setSystem(sender.identifierSystem()).setValue(sender.identifierValue()));
    }
    response.setAuthoredElement(
        sender.authored() == null
            ? FhirTypes.dateTime(done.submittedAt())
            : FhirTypes.preciseDateTime(sender.authored()));
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
  Map<String, Integer> answersIn(QuestionnaireResponse response, AnsweredForm form) {
    List<String> problems = new ArrayList<>();
    if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
      problems.add("status: only a completed response can be stored");
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (QuestionnaireResponseItemComponent item : flatten(response.getItem())) {
      String linkId = item.getLinkId();
      if (linkId == null || linkId.isBlank()) {
        problems.add("item.linkId: every item needs a linkId");
        continue;
      }
      if (form.isTotal(linkId)) {
        continue;
      }
      Optional<Instrument.Question> question = form.question(linkId);
      if (question.isEmpty()) {
        problems.add("item " + linkId + ": this questionnaire does not ask that question");
        continue;
      }
      if (item.getAnswer().size() != 1) {
        problems.add("item " + linkId + ": give exactly one answer");
        continue;
      }
      String ours = question.get().linkId();
      form.valueOf(item.getAnswer().get(0).getValue(), question.get())
          .ifPresentOrElse(
              value -> {
                if (answers.put(ours, value) != null) {
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
    return new UnprocessableEntityException(
        problems.stream().collect(Collectors.joining("; ")),
        outcome(OperationOutcome.IssueType.INVALID, problems.toArray(String[]::new)));
  }

  static OperationOutcome outcome(OperationOutcome.IssueType type, String... problems) {
    OperationOutcome outcome = new OperationOutcome();
    for (String problem : problems) {
      outcome
          .addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(type)
          .setDiagnostics(problem);
    }
    return outcome;
  }

  /** The problems a 422 names, as the client is told them. */
  static List<String> problemsIn(UnprocessableEntityException refused) {
    return refused.getOperationOutcome() instanceof OperationOutcome outcome
        ? outcome.getIssue().stream()
            .map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
            .toList()
        : List.of("the response could not be read");
  }

  /**
   * The answers needing safety-netting that can be recognised in a response that cannot be stored
   * (PHQ-9 question 9 above 0): by the form's linkId, or by the question's LOINC code in any form.
   * Each answer counts, even where an item has more than one.
   *
   * @param forms the forms to try, the one the response names (if known) first
   * @return the first form with such an answer, and the answers by our linkId
   */
  static Optional<Map.Entry<Instrument, Map<String, Integer>>> safetyAnswersIn(
      QuestionnaireResponse response, List<AnsweredForm> forms) {
    List<QuestionnaireResponseItemComponent> items = flatten(response.getItem());
    for (AnsweredForm form : forms) {
      Map<String, Integer> flagged = new LinkedHashMap<>();
      for (QuestionnaireResponseItemComponent item : items) {
        if (item.getLinkId() == null) {
          continue;
        }
        form.question(item.getLinkId())
            .filter(question -> question.safetyAt() != null)
            .ifPresent(
                question ->
                    item.getAnswer().stream()
                        .map(answer -> form.valueOf(answer.getValue(), question))
                        .flatMap(Optional::stream)
                        .filter(question::flags)
                        .max(Integer::compare)
                        .ifPresent(value -> flagged.merge(question.linkId(), value, Math::max)));
      }
      if (!flagged.isEmpty()) {
        return Optional.of(Map.entry(form.instrument(), flagged));
      }
    }
    return Optional.empty();
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
