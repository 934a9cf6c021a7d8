package care.tandem.measures.results;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.QuestionnaireSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each submitted questionnaire on the person's timeline once the answers have committed (and
 * never when they roll back); retried by the event publication registry. Named by the response, so
 * a repeated event adds nothing. The title names the questionnaire, never the score: the whole team
 * reads the timeline.
 */
@Component
public class CompletedOnTimeline {

  private final TimelineEntries timeline;
  private final Instruments instruments;

  CompletedOnTimeline(TimelineEntries timeline, Instruments instruments) {
    this.timeline = timeline;
    this.instruments = instruments;
  }

  @ApplicationModuleListener
  public void on(QuestionnaireSubmitted submitted) {
    String name =
        instruments
            .find(submitted.instrument())
            .map(Instrument::shortTitle)
            .orElse("Questionnaire");
    timeline.add(
        submitted.person(),
        submitted.at(),
        TimelineKind.QUESTIONNAIRE_COMPLETED,
        submitted.submittedBy(),
        name + " completed",
        "/people/" + submitted.person() + "/results/" + submitted.instrument(),
        submitted.response());
  }
}
