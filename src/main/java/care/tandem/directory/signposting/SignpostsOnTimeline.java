package care.tandem.directory.signposting;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import care.tandem.directory.SignpostOutcomeRecorded;
import care.tandem.directory.Signposted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each signpost, and each outcome recorded for one, on the person's timeline once the change
 * has committed; retried by the event publication registry. Named by the signpost or the recorded
 * outcome, so a repeated event adds nothing. Titles name the service and the outcome, never the
 * reason or the note.
 */
@Component
class SignpostsOnTimeline {

  private final TimelineEntries timeline;

  SignpostsOnTimeline(TimelineEntries timeline) {
    this.timeline = timeline;
  }

  @ApplicationModuleListener
  void on(Signposted signposted) {
    timeline.add(
        signposted.person(),
        signposted.at(),
        TimelineKind.SIGNPOSTED,
        signposted.signpostedBy(),
        "Signposted to " + signposted.serviceName(),
        SignpostLinks.signposts(signposted.person()),
        signposted.signpost());
  }

  @ApplicationModuleListener
  void on(SignpostOutcomeRecorded recorded) {
    timeline.add(
        recorded.person(),
        recorded.at(),
        TimelineKind.SIGNPOST_OUTCOME,
        recorded.recordedBy(),
        recorded.serviceName() + ": " + recorded.outcome().label(),
        SignpostLinks.signposts(recorded.person()),
        recorded.recorded());
  }
}
