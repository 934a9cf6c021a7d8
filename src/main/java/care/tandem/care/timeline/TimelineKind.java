package care.tandem.care.timeline;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What kind of thing happened, stored as its code. Codes are text in the table, so a new part of
 * the record (measures, signposting) adds a kind here and a listener, with no schema change.
 */
@NamedInterface("timeline")
public enum TimelineKind {
  PLAN_CHANGED("plan.changed", "Care plan", TimelineFilter.PLAN),
  GOAL_MET("plan.goal-met", "Goal met", TimelineFilter.GOALS),
  ACTION_DONE("plan.action-done", "Action done", TimelineFilter.PLAN),
  MESSAGE_POSTED("message.posted", "Message", TimelineFilter.MESSAGES),
  TEAM_JOINED("team.joined", "Team", TimelineFilter.TEAM),
  TEAM_LEFT("team.left", "Team", TimelineFilter.TEAM),
  TEAM_REQUEST_MADE("team.request-made", "Team request", TimelineFilter.TEAM),
  TEAM_REQUEST_ACCEPTED("team.request-accepted", "Team request", TimelineFilter.TEAM),
  TEAM_REQUEST_DECLINED("team.request-declined", "Team request", TimelineFilter.TEAM),
  TEAM_REQUEST_WITHDRAWN("team.request-withdrawn", "Team request", TimelineFilter.TEAM),
  RECORD_JOINING("record.joining", "Joining", TimelineFilter.TEAM),
  ABOUT_ME_CHANGED("about-me.changed", "About me", TimelineFilter.ABOUT_ME),
  QUESTIONNAIRE_COMPLETED("measures.completed", "Questionnaire", TimelineFilter.QUESTIONNAIRES),
  SAFETY_ALERT_CLOSED("measures.alert-closed", "Questionnaire", TimelineFilter.QUESTIONNAIRES),
  SIGNPOSTED("directory.signposted", "Signpost", TimelineFilter.SIGNPOSTS),
  SIGNPOST_OUTCOME("directory.signpost-outcome", "Signpost", TimelineFilter.SIGNPOSTS),
  // learning: check-ins (issue 14), filed with the questionnaires they sit beside
  CHECK_IN("learning.check-in", "Check-in", TimelineFilter.QUESTIONNAIRES);

  private final String code;
  private final String label;
  private final TimelineFilter filter;

  TimelineKind(String code, String label, TimelineFilter filter) {
    this.code = code;
    this.label = label;
    this.filter = filter;
  }

  public String code() {
    return code;
  }

  /** A word or two for the entry's tag. */
  public String label() {
    return label;
  }

  /** The filter checkbox that shows or hides it. */
  public TimelineFilter filter() {
    return filter;
  }

  /** The kind stored under a code; empty for a code this version does not know. */
  public static Optional<TimelineKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
