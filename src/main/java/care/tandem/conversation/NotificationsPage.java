package care.tandem.conversation;

import java.util.List;

/**
 * New messages and replies waiting for the viewer, across the records they may see. Names, topics
 * and times only: never what a message says.
 */
public record NotificationsPage(
    List<Line> waiting, List<Line> unread, boolean takesPart, boolean emailSettings) {

  /** One item: what it is about, the detail line, and a link to it. */
  public record Line(String heading, String detail, String href, String linkText) {}
}
