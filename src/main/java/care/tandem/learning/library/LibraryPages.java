package care.tandem.learning.library;

import care.tandem.system.components.Choice;
import care.tandem.system.form.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the library's reading pages: browse and search, a piece, my library. */
public final class LibraryPages {

  private LibraryPages() {}

  /** A piece in a list: its title linked, what it is, and its summary. */
  public record Card(String title, String href, String meta, String summary) {}

  /**
   * Browse and search.
   *
   * @param results every piece found, or for people and visitors those written for them
   * @param staffResults for people and visitors, the pieces for staff, shown after theirs
   * @param written pieces written in the app, published or not, for library editors only
   */
  public record Browse(
      Field words,
      Field topic,
      Field kind,
      Field audience,
      List<Choice> topics,
      List<Choice> kinds,
      List<Choice> audiences,
      List<Card> results,
      List<Card> staffResults,
      boolean filtered,
      String resultsHeading,
      boolean editor,
      List<Card> written) {}

  /**
   * One piece.
   *
   * @param mediaTag "video" or "audio" when the piece has a player, else null
   * @param mediaLabel before loading: "Video, 4 minutes, 2.1 MB"
   * @param textView whether this is the text-first view, without the player
   * @param saveAction the "my library" form's address, for someone signed in
   */
  public record PieceView(
      String slug,
      String title,
      String summary,
      String kind,
      String bodyHeading,
      String bodyHtml,
      boolean leaflet,
      @Nullable String mediaTag,
      @Nullable String mediaHref,
      @Nullable String mediaType,
      @Nullable String mediaLabel,
      @Nullable String captionsHref,
      boolean textView,
      String pageHref,
      List<Choice> topics,
      String source,
      String reviewBy,
      String version,
      @Nullable String saveAction,
      boolean saved,
      @Nullable String copyHref,
      @Nullable String editHref,
      @Nullable String notice) {}

  /** "My library": the pieces this person saved. */
  public record Saved(List<Card> pieces, @Nullable String notice) {}
}
