package care.tandem.measures.safety;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import care.tandem.measures.SafetyAlertClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each closed safety alert on the person's timeline once the close has committed; retried by
 * the event publication registry. Named by the alert, so a repeated event adds nothing. The title
 * says only that the team followed up, never the answer, the outcome or the note.
 */
@Component
class ClosedAlertsOnTimeline {

  static final String TITLE = "Your team followed up your questionnaire answer";

  private final TimelineEntries timeline;

  ClosedAlertsOnTimeline(TimelineEntries timeline) {
    this.timeline = timeline;
  }

  @ApplicationModuleListener
  void on(SafetyAlertClosed closed) {
    timeline.add(
        closed.person(),
        closed.at(),
        TimelineKind.SAFETY_ALERT_CLOSED,
        closed.closedBy(),
        TITLE,
        null,
        closed.alert());
  }
}
