package care.tandem.fhir.resources;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.CompletedQuestionnaires;
import care.tandem.measures.ResponseConflictException;
import care.tandem.measures.SenderDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code QuestionnaireResponse}: read, search by {@code patient} or {@code subject}, and create. A
 * created response goes through the same scoring and safety-netting as one given on the web pages;
 * the stored answers are what is served back, scored by the server. It may answer our Questionnaire
 * or a published form of the same instrument (LOINC's, HL7 SDC's), matched item by item by LOINC
 * code. Sending the same response again (same identifier, or the same content) stores nothing new.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

  static final String CONFLICT =
      "identifier: a different response was stored with this identifier; nothing was stored."
          + " Use a new identifier for a new response";

  private final ClientReach reach;
  private final CompletedQuestionnaires completed;
  private final MeasureResources resources;

  QuestionnaireResponseProvider(
      ClientReach reach, CompletedQuestionnaires completed, MeasureResources resources) {
    this.reach = reach;
    this.completed = completed;
    this.resources = resources;
  }

  @Override
  public Class<QuestionnaireResponse> getResourceType() {
    return QuestionnaireResponse.class;
  }

  @Read
  public QuestionnaireResponse read(@IdParam IdType id, RequestDetails request) {
    UUID response = Ids.of(id);
    UUID person = completed.personOf(response).orElseThrow(() -> new ResourceNotFoundException(id));
    RecordAccess access = reach.require(person, request);
    return completed
        .find(access, response)
        .map(done -> resources.response(access, done))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<QuestionnaireResponse> searchByPatient(
      @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return search(patient, request);
  }

  @Search
  public List<QuestionnaireResponse> searchBySubject(
      @RequiredParam(name = QuestionnaireResponse.SP_SUBJECT) ReferenceParam subject,
      RequestDetails request) {
    return search(subject, request);
  }

  /**
   * Stores a response, scored by the server. An exact repeat (the same identifier, or without one
   * the same content) answers 200 with the first; the same identifier with different content is a
   * 409. A response that cannot be stored but carries an answer needing safety-netting (PHQ-9
   * question 9 above 0) still raises the alert, with the reason it was refused, before the 422.
   */
  @Create
  public MethodOutcome create(@ResourceParam QuestionnaireResponse sent, RequestDetails request) {
    UUID person =
        QuestionnaireResponses.subjectOf(sent)
            .orElseThrow(
                () ->
                    QuestionnaireResponses.unprocessable(
                        List.of("subject: name the Patient this response is about")));
    Attempt attempt = new Attempt();
    try {
      attempt.form = resources.formFor(sent.getQuestionnaire());
      Map<String, Integer> answers = resources.responses().answersIn(sent, attempt.form);
      RecordAccess access = attempt.reach(person, request);
      CompletedQuestionnaires.Stored stored = submit(sent, attempt.form, answers, access);
      QuestionnaireResponse served = resources.response(access, stored.questionnaire());
      return new MethodOutcome(
              new IdType("QuestionnaireResponse", stored.questionnaire().id().toString()),
              stored.created())
          .setResource(served);
    } catch (UnprocessableEntityException refused) {
      safetyNet(sent, person, attempt, refused, request);
      throw refused;
    }
  }

  private CompletedQuestionnaires.Stored submit(
      QuestionnaireResponse sent,
      AnsweredForm form,
      Map<String, Integer> answers,
      RecordAccess access) {
    try {
      return completed.submit(
          access,
          form.instrument().id(),
          answers,
          IdempotencyKeys.of(sent, access.person(), answers),
          senderOf(sent));
    } catch (AnswersNotValidException e) {
      throw QuestionnaireResponses.unprocessable(
          e.problems().stream().map(p -> "item " + p.linkId() + ": " + p.message()).toList());
    } catch (ResponseConflictException e) {
      throw new ResourceVersionConflictException(
          CONFLICT, QuestionnaireResponses.outcome(OperationOutcome.IssueType.CONFLICT, CONFLICT));
    }
  }

  /**
   * A refused response with a recognisable answer that needs safety-netting: its safety answers are
   * kept and the alert raised, for a person in the client's reach only.
   */
  private void safetyNet(
      QuestionnaireResponse sent,
      UUID person,
      Attempt attempt,
      UnprocessableEntityException refused,
      RequestDetails request) {
    if (attempt.outOfReach) {
      return;
    }
    var found = QuestionnaireResponses.safetyAnswersIn(sent, resources.safetyForms(attempt.form));
    if (found.isEmpty()) {
      return;
    }
    attempt
        .reachOrNot(person, request)
        .ifPresent(
            access ->
                completed.refuse(
                    access,
                    found.get().getKey().id(),
                    found.get().getValue(),
                    "Sent by "
                        + reach.clientName(request)
                        + " through FHIR and refused: "
                        + String.join("; ", QuestionnaireResponses.problemsIn(refused)),
                    IdempotencyKeys.refused(sent, request.getFhirContext())));
  }

  private static SenderDetails senderOf(QuestionnaireResponse sent) {
    Identifier identifier = sent.getIdentifier();
    boolean identified = identifier != null && identifier.hasValue();
    return new SenderDetails(
        sent.hasAuthored() ? sent.getAuthored().toInstant() : null,
        identified && identifier.hasSystem() ? identifier.getSystem() : null,
        identified ? identifier.getValue() : null);
  }

  /** What one create has found out so far, so the safety net asks about access only once. */
  private final class Attempt {
    @Nullable AnsweredForm form;
    @Nullable RecordAccess access;
    boolean outOfReach;

    RecordAccess reach(UUID person, RequestDetails request) {
      return reachOrNot(person, request)
          .orElseThrow(
              () ->
                  QuestionnaireResponses.unprocessable(
                      List.of("subject: no Patient with that id is known to this client")));
    }

    Optional<RecordAccess> reachOrNot(UUID person, RequestDetails request) {
      if (access == null && !outOfReach) {
        // A person out of the client's reach reads exactly like one who does not exist.
        access = reach.attempt(person, request).orElse(null);
        outOfReach = access == null;
      }
      return Optional.ofNullable(access);
    }
  }

  private List<QuestionnaireResponse> search(ReferenceParam patient, RequestDetails request) {
    return Ids.patient(patient)
        .flatMap(person -> reach.attempt(person, request))
        .map(
            access ->
                completed.of(access).stream()
                    .map(done -> resources.response(access, done))
                    .toList())
        .orElse(List.of());
  }
}
