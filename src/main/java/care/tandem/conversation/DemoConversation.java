package care.tandem.conversation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One demo person's conversation: its messages in the order they were posted, across the main
 * conversation and one topic thread. Everyone has read a thread up to their own latest message in
 * it, so each demo practitioner finds some messages read and some new.
 */
record DemoConversation(UUID person, String topic, List<Line> lines) {

  /** Stands for the person themself as the author. */
  static final String PERSON = "person";

  /**
   * A message.
   *
   * @param inTopic whether it is in the topic thread rather than the main conversation
   * @param from a demo account's e-mail address, or {@link #PERSON}
   * @param ago how long before the start of the demo it was posted
   * @param askFrom the demo account asked to reply, if any
   */
  record Line(boolean inTopic, String from, Duration ago, String text, @Nullable String askFrom) {}

  static Line main(String from, int days, int hours, String text) {
    return new Line(false, from, ago(days, hours), text, null);
  }

  static Line main(String from, int days, int hours, String text, String askFrom) {
    return new Line(false, from, ago(days, hours), text, askFrom);
  }

  static Line topic(String from, int days, int hours, String text) {
    return new Line(true, from, ago(days, hours), text, null);
  }

  static Line topic(String from, int days, int hours, String text, String askFrom) {
    return new Line(true, from, ago(days, hours), text, askFrom);
  }

  private static Duration ago(int days, int hours) {
    return Duration.ofDays(days).plusHours(hours);
  }
}
