package care.tandem.learning.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every saved version of a piece written in the app, newest first. */
public record PieceHistoryPage(
    String title, String editHref, @Nullable String viewHref, List<Row> versions) {

  /** One version: its number, when it was saved, its title then, and whether it was published. */
  public record Row(String version, String savedOn, String title, String status) {}
}
