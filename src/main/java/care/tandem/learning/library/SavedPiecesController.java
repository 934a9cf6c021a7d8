package care.tandem.learning.library;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.learning.Piece;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My library": a signed-in person saves a piece and removes it (each twice as harmless as once)
 * and sees what they saved. Saving and removing are audited with the piece's slug.
 */
@Controller
class SavedPiecesController {

  static final String NOTICE = "libraryNotice";

  private final SavedPieces saved;
  private final LibraryCatalogue catalogue;
  private final AuditLog audit;

  SavedPiecesController(SavedPieces saved, LibraryCatalogue catalogue, AuditLog audit) {
    this.saved = saved;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  @GetMapping("/learn/saved")
  String showSaved(Authentication viewer, Model model) {
    LibraryEditor who = signedIn(viewer);
    List<LibraryPages.Card> pieces =
        saved.of(who.accountId()).stream()
            .map(catalogue::find)
            .flatMap(Optional::stream)
            .map(LibraryController::card)
            .toList();
    model.addAttribute(
        "page",
        new LibraryPages.Saved(
            pieces, model.getAttribute(NOTICE) instanceof String text ? text : null));
    return "learning/library/saved";
  }

  @PostMapping("/learn/saved")
  String processSave(
      @RequestParam(required = false) @Nullable String slug,
      @RequestParam(required = false) @Nullable String remove,
      Authentication viewer,
      RedirectAttributes redirect) {
    LibraryEditor who = signedIn(viewer);
    boolean removing = remove != null;
    Piece piece =
        catalogue
            .find(slug == null ? "" : slug)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    boolean changed =
        removing
            ? saved.remove(who.accountId(), piece.slug())
            : saved.save(who.accountId(), piece.slug());
    if (changed) {
      audit.record(
          AuditEvent.success(
              who.accountId(),
              who.role(),
              removing ? "learning.piece-unsaved" : "learning.piece-saved",
              Map.of("piece", piece.slug())));
    }
    redirect.addFlashAttribute(
        NOTICE, removing ? "Removed from your library" : "Saved to your library");
    return "redirect:" + piece.path();
  }

  private static LibraryEditor signedIn(Authentication viewer) {
    return LibraryEditor.of(viewer)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
