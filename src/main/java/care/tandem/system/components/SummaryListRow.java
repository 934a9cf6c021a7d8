package care.tandem.system.components;

import java.util.List;

/**
 * One row of a summary list: a key, its value (one or more lines, shown with line breaks) and any
 * actions such as "Change".
 */
public record SummaryListRow(String key, List<String> value, List<Action> actions) {

  public static SummaryListRow of(String key, String value) {
    return new SummaryListRow(key, List.of(value), List.of());
  }

  public static SummaryListRow of(String key, List<String> lines) {
    return new SummaryListRow(key, lines, List.of());
  }

  public SummaryListRow withAction(String text, String href, String visuallyHiddenText) {
    List<Action> more = new java.util.ArrayList<>(actions);
    more.add(new Action(text, href, visuallyHiddenText));
    return new SummaryListRow(key, value, List.copyOf(more));
  }

  /**
   * A link in the actions column. The visually hidden text says what it changes ("name"), because
   * "Change" alone is ambiguous to a screen reader user.
   */
  public record Action(String text, String href, String visuallyHiddenText) {}
}
