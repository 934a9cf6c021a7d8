package care.tandem.care.timeline;

import care.tandem.care.joining.JoiningEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts joining on the record's timeline, in the transaction that changed it: the person joining, an
 * invitation locked after wrong dates of birth (so the team is told), and an admin linking or
 * unlinking a sign-in with their reason (so the person is told).
 */
@Component
class JoiningOnTimeline {

  private final TimelineRepository timeline;

  JoiningOnTimeline(TimelineRepository timeline) {
    this.timeline = timeline;
  }

  @EventListener
  void on(JoiningEvent event) {
    timeline.add(
        new NewEntry(
            event.person(),
            event.at(),
            TimelineKind.RECORD_JOINING,
            event.actor(),
            event.title(),
            RecordLinks.record(event.person()),
            event.source()));
  }
}
