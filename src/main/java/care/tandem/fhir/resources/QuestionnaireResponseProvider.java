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
import care.tandem.care.RecordAccess;
import care.tandem.fhir.ClientReach;
import care.tandem.measures.AnswersNotValidException;
import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.CompletedQuestionnaires;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;

/**
 * {@code QuestionnaireResponse}: read, search by {@code patient} or {@code subject}, and create. A
 * created response goes through the same scoring and safety-netting as one given on the web pages;
 * the stored answers are what is served back, scored by the server. Sending the same response again
 * (same identifier, or the same content) stores nothing new.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

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

  @Create
  public MethodOutcome create(@ResourceParam QuestionnaireResponse sent, RequestDetails request) {
    UUID person =
        QuestionnaireResponses.subjectOf(sent)
            .orElseThrow(
                () ->
                    QuestionnaireResponses.unprocessable(
                        List.of("subject: name the Patient this response is about")));
    var instrument = resources.instrumentFor(sent.getQuestionnaire());
    Map<String, Integer> answers = resources.responses().answersIn(sent, instrument);
    // A person out of the client's reach reads exactly like one who does not exist.
    RecordAccess access =
        reach
            .attempt(person, request)
            .orElseThrow(
                () ->
                    QuestionnaireResponses.unprocessable(
                        List.of("subject: no Patient with that id is known to this client")));
    CompletedQuestionnaire done;
    try {
      done =
          completed.submit(
              access, instrument.id(), answers, IdempotencyKeys.of(sent, person, answers));
    } catch (AnswersNotValidException e) {
      throw QuestionnaireResponses.unprocessable(
          e.problems().stream().map(p -> "item " + p.linkId() + ": " + p.message()).toList());
    }
    QuestionnaireResponse stored = resources.response(access, done);
    return new MethodOutcome(new IdType("QuestionnaireResponse", done.id().toString()), true)
        .setResource(stored);
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
