package care.tandem.measures.answering;

import care.tandem.care.RecordAccess;
import care.tandem.measures.CompletedQuestionnaire;
import care.tandem.measures.CompletedQuestionnaires;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.Scorer;
import care.tandem.measures.SenderDetails;
import care.tandem.measures.UnknownInstrumentException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted questionnaires for other modules (the FHIR interface), read from the stored responses.
 * The score is the engine's, from the stored answers, exactly as it was when submitted.
 */
@Service
class StoredQuestionnaires implements CompletedQuestionnaires {

  private final Responses responses;
  private final ResponseRepository repository;
  private final ResponseSenders senders;
  private final ResponseSubmissions submissions;
  private final Instruments instruments;
  private final Scorer scorer;

  StoredQuestionnaires(
      Responses responses,
      ResponseRepository repository,
      ResponseSenders senders,
      ResponseSubmissions submissions,
      Instruments instruments,
      Scorer scorer) {
    this.responses = responses;
    this.repository = repository;
    this.senders = senders;
    this.submissions = submissions;
    this.instruments = instruments;
    this.scorer = scorer;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> personOf(UUID response) {
    return repository.find(response).map(Response::person);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CompletedQuestionnaire> find(RecordAccess access, UUID response) {
    return repository
        .find(response)
        .filter(found -> found.person().equals(access.person()) && found.submitted())
        .flatMap(this::completed);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CompletedQuestionnaire> of(RecordAccess access) {
    return responses.all(access).stream()
        .filter(Response::submitted)
        .sorted(Comparator.comparing(Response::submittedAt))
        .map(r -> repository.find(r.id()).flatMap(this::completed))
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  @Transactional
  public Stored submit(
      RecordAccess access,
      String instrument,
      Map<String, Integer> answers,
      String key,
      SenderDetails sender) {
    Submission submission =
        submissions.complete(
            access, instrumentOf(instrument), answers, key, ResponseSource.FHIR, sender);
    return new Stored(completed(submission.response()).orElseThrow(), submission.justNow());
  }

  @Override
  @Transactional
  public UUID refuse(
      RecordAccess access,
      String instrument,
      Map<String, Integer> safetyAnswers,
      String reason,
      String key) {
    return submissions.refuse(access, instrumentOf(instrument), safetyAnswers, reason, key);
  }

  private Instrument instrumentOf(String instrument) {
    return instruments
        .find(instrument)
        .orElseThrow(() -> new UnknownInstrumentException(instrument));
  }

  private Optional<CompletedQuestionnaire> completed(Response response) {
    return instruments
        .find(response.instrument())
        .map(
            instrument ->
                new CompletedQuestionnaire(
                    response.id(),
                    response.person(),
                    response.instrument(),
                    response.submittedAt(),
                    response.answers(),
                    scorer.score(instrument, response.answers()),
                    senders.sender(response.id())));
  }
}
