package care.tandem.care;

import java.util.Set;

/**
 * What a person may let someone who helps them do (issue 13). Each permission opens the record
 * actions named here, and nothing else: every other action is refused to a helper as to a stranger.
 */
public enum HelperPermission {
  READ_PLAN(
      "Read the care plan",
      Set.of(
          "care-plan.viewed",
          "care-plan.history-viewed",
          "care-plan.printed",
          "care-plan.downloaded"),
      Set.of()),
  CONVERSATION(
      "Read and write in the conversation",
      Set.of("conversation.viewed"),
      Set.of("message.posted", "thread.started", "message.edited")),
  SEE_RESULTS("See questionnaire results", Set.of("results.viewed"), Set.of()),
  HELP_ANSWER(
      "Help answer questionnaires (answers are marked as given with help)",
      Set.of("questionnaires.viewed"),
      Set.of(
          "questionnaire.viewed",
          "questionnaire.started",
          "questionnaire.answered",
          "questionnaire.submitted"));

  /** Any helper may open the record's overview, which shows only what they may see. */
  static final String OVERVIEW = "record.viewed";

  private final String label;
  private final Set<String> reads;
  private final Set<String> changes;

  HelperPermission(String label, Set<String> reads, Set<String> changes) {
    this.label = label;
    this.reads = reads;
    this.changes = changes;
  }

  public String label() {
    return label;
  }

  /** Whether this permission lets a helper do the action ({@code change}: a change, not a read). */
  boolean allows(String action, boolean change) {
    return changes.contains(action) || (!change && reads.contains(action));
  }

  /** Whether any of the permissions lets a helper do the action. */
  static boolean anyAllows(Set<HelperPermission> granted, String action, boolean change) {
    if (!change && OVERVIEW.equals(action)) {
      return !granted.isEmpty();
    }
    return granted.stream().anyMatch(permission -> permission.allows(action, change));
  }
}
