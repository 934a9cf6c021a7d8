package care.tandem.learning.checkins;

import care.tandem.care.timeline.TimelineEntries;
import care.tandem.care.timeline.TimelineKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each check-in on the person's timeline once it has committed; named by the check-in, so a
 * replayed event adds nothing. The title never holds the scores or the words: the whole team reads
 * the timeline, and the link leads to the check-ins page, which checks access again.
 */
@Component
class CheckInsOnTimeline {

  private final TimelineEntries timeline;

  CheckInsOnTimeline(TimelineEntries timeline) {
    this.timeline = timeline;
  }

  @ApplicationModuleListener
  void on(CheckInRecorded recorded) {
    timeline.add(
        recorded.person(),
        recorded.at(),
        TimelineKind.CHECK_IN,
        recorded.recordedBy(),
        "Pain and mood check-in",
        CheckInPages.trendHref(recorded.person()),
        recorded.checkIn());
  }
}
