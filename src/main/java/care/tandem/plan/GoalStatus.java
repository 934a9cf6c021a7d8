package care.tandem.plan;

/** Where a goal stands. A stopped goal stays in the plan, so its story is not lost. */
public enum GoalStatus {
  NOT_STARTED("Not started", "white"),
  IN_PROGRESS("In progress", "blue"),
  MET("Met", "green"),
  STOPPED("Stopped", "grey");

  private final String label;
  private final String tagColour;

  GoalStatus(String label, String tagColour) {
    this.label = label;
    this.tagColour = tagColour;
  }

  public String label() {
    return label;
  }

  /** The NHS.UK tag colour the status is shown in. */
  public String tagColour() {
    return tagColour;
  }

  /** Still being worked on: not met and not stopped. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }
}
