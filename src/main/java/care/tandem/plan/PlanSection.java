package care.tandem.plan;

import java.util.Locale;

/** The three sections of the one plan, in the order the page shows them. */
public enum PlanSection {
  PAIN_AND_PHYSICAL_FUNCTION("Pain and physical function"),
  MENTAL_HEALTH_AND_WELLBEING("Mental health and wellbeing"),
  SHARED("Shared goals");

  private final String label;

  PlanSection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The section's id on the page, for links: {@code pain-and-physical-function}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
