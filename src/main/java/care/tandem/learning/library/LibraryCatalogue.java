package care.tandem.learning.library;

import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The library: shipped pieces, then the published pieces written in the app. A shipped slug always
 * means the shipped piece; the app never writes over one (it copies it to a new slug).
 */
@Service
class LibraryCatalogue implements Library {

  /** Words under /learn/ that are pages, never a piece's slug. */
  static final Set<String> RESERVED =
      Set.of("saved", "pieces", "media", "pathways", "check-ins", "checkins", "new", "search");

  private final ShippedPieces shipped;
  private final WrittenPieces written;
  private final MediaStore media;

  LibraryCatalogue(ShippedPieces shipped, WrittenPieces written, MediaStore media) {
    this.shipped = shipped;
    this.written = written;
    this.media = media;
  }

  @Override
  public Optional<Piece> find(String slug) {
    Optional<Piece> piece = shipped.find(slug);
    if (piece.isPresent()) {
      return piece;
    }
    return written.find(slug).filter(w -> w.draft().published()).map(this::piece);
  }

  @Override
  public List<Piece> all() {
    List<Piece> pieces = new ArrayList<>(shipped.all().values());
    for (WrittenPiece piece : written.current()) {
      if (piece.draft().published() && !isShipped(piece.slug())) {
        pieces.add(piece(piece));
      }
    }
    pieces.sort(Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT)));
    return List.copyOf(pieces);
  }

  boolean isShipped(String slug) {
    return shipped.find(slug).isPresent();
  }

  /** A slug no piece has, shipped or written, and no page of /learn uses. */
  boolean isFree(String slug) {
    return !RESERVED.contains(slug) && !isShipped(slug) && written.find(slug).isEmpty();
  }

  Piece piece(WrittenPiece written) {
    PieceDraft draft = written.draft();
    return new Piece(
        written.slug(),
        draft.title(),
        draft.summary(),
        draft.kind(),
        draft.audience(),
        draft.topics(),
        draft.minutes(),
        draft.source(),
        draft.reviewBy(),
        written.version(),
        draft.body(),
        item(draft.mediaHash()),
        item(draft.captionsHash()));
  }

  private @Nullable MediaItem item(@Nullable String hash) {
    return hash == null ? null : media.find(hash).orElse(null);
  }
}
