package care.tandem.plan;

/**
 * An edit started from a plan version after which someone else changed the same goal or action.
 * Nothing was saved; the edit is kept here so the editor can be shown both versions to merge.
 */
public class PlanChangedElsewhereException extends RuntimeException {

  private final transient Record yours;

  PlanChangedElsewhereException(Record yours) {
    super("This was changed by someone else", null, false, false);
    this.yours = yours;
  }

  /** The edit that was not saved: a {@link GoalDraft} or an {@link ActionDraft}. */
  public Record yours() {
    return yours;
  }
}
