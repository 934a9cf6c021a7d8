package care.tandem.learning.library;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes pieces in the app: every save a new version, kept; a change started from an older version
 * is refused, never saved over someone else's; a repeated submit saves nothing more. Each save is
 * audited with the slug, version, kind and whether it is published, never the piece's words.
 */
@Service
class PieceEditing {

  private final WrittenPieces pieces;
  private final LibraryCatalogue catalogue;
  private final AuditLog audit;

  PieceEditing(WrittenPieces pieces, LibraryCatalogue catalogue, AuditLog audit) {
    this.pieces = pieces;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  /** What came of adding a piece. */
  enum Added {
    ADDED,
    SLUG_TAKEN
  }

  @Transactional
  public Added create(
      String slug, @Nullable String copiedFrom, PieceDraft draft, UUID key, LibraryEditor editor) {
    pieces.lockKey(key);
    Optional<String> earlier = pieces.savedWith(key);
    if (earlier.isPresent()) {
      return earlier.get().equals(slug) ? Added.ADDED : Added.SLUG_TAKEN;
    }
    if (!catalogue.isFree(slug) || !pieces.insertPiece(slug, copiedFrom, key, editor.accountId())) {
      return Added.SLUG_TAKEN;
    }
    pieces.insertVersion(slug, 1, draft, editor.accountId(), key);
    record(editor, "learning.piece-created", slug, 1, draft);
    return Added.ADDED;
  }

  /**
   * Saves the draft as the next version if nobody has saved one since {@code version}.
   *
   * @throws PieceChangedElsewhereException when someone has
   */
  @Transactional
  public void change(String slug, int version, PieceDraft draft, UUID key, LibraryEditor editor) {
    pieces.lockKey(key);
    if (pieces.savedWith(key).isPresent()) {
      return;
    }
    if (!pieces.nextVersion(slug, version)) {
      throw new PieceChangedElsewhereException();
    }
    pieces.insertVersion(slug, version + 1, draft, editor.accountId(), key);
    record(editor, "learning.piece-changed", slug, version + 1, draft);
  }

  private void record(
      LibraryEditor editor, String action, String slug, int version, PieceDraft draft) {
    audit.record(
        AuditEvent.success(
            editor.accountId(),
            editor.role(),
            action,
            Map.of(
                "piece", slug,
                "version", String.valueOf(version),
                "kind", draft.kind().code(),
                "published", String.valueOf(draft.published()))));
  }
}
