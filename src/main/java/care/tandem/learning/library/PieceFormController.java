package care.tandem.learning.library;

import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaStore;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Library editors write pieces, change them (each save a new version), see their history, and copy
 * a shipped piece to a new web address to change it; a shipped piece is never changed in place.
 */
@Controller
class PieceFormController {

  static final String NOTICE = "notice";
  private static final DateTimeFormatter SAVED_ON =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma").withZone(ZoneId.of("Europe/London"));

  private final WrittenPieces written;
  private final LibraryCatalogue catalogue;
  private final PieceEditing editing;
  private final PieceChecks checks;
  private final MediaStore media;

  PieceFormController(
      WrittenPieces written,
      LibraryCatalogue catalogue,
      PieceEditing editing,
      PieceChecks checks,
      MediaStore media) {
    this.written = written;
    this.catalogue = catalogue;
    this.editing = editing;
    this.checks = checks;
    this.media = media;
  }

  @GetMapping("/learn/pieces/new")
  String startPiece(@RequestParam(required = false) @Nullable String copy, Model model) {
    PieceForm form = PieceForm.blank();
    if (copy != null) {
      Piece shipped = catalogue.find(copy).orElseThrow(PieceFormController::notFound);
      form = PieceForm.of(shipped.slug() + "-local", draftOf(shipped), 0);
    }
    return page(model, null, copy, FormView.of(form), List.of());
  }

  @PostMapping("/learn/pieces/new")
  String processNewPiece(
      @RequestParam(required = false) @Nullable String copy,
      @Valid @ModelAttribute PieceForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = key(form.idempotencyKey());
    var earlier = written.savedWith(key);
    if (earlier.isPresent()) {
      // A repeated submit: the first one saved the piece, so show it again and save nothing more.
      redirect.addFlashAttribute(NOTICE, "Piece saved");
      return "redirect:/learn/pieces/" + earlier.get() + "/edit";
    }
    String copiedFrom = copy == null ? null : catalogue.find(copy).map(Piece::slug).orElse(null);
    PieceChecks.Checked checked = checks.check(form, result, catalogue::isFree);
    if (checked.draft() == null) {
      return page(model, null, copiedFrom, checked.form(), List.of());
    }
    String slug = String.valueOf(form.slug()).strip();
    if (editing.create(slug, copiedFrom, checked.draft(), key, editor(viewer))
        == PieceEditing.Added.SLUG_TAKEN) {
      return page(
          model,
          null,
          copiedFrom,
          checked
              .form()
              .withError("slug", "Another piece already uses this web address. Choose another"),
          List.of());
    }
    redirect.addFlashAttribute(NOTICE, "Piece saved");
    return "redirect:/learn/pieces/" + slug + "/edit";
  }

  @GetMapping("/learn/pieces/{slug}/edit")
  String startChange(@PathVariable String slug, Model model) {
    WrittenPiece piece = found(slug);
    return page(
        model,
        piece,
        null,
        FormView.of(PieceForm.of(null, piece.draft(), piece.version())),
        List.of());
  }

  @PostMapping("/learn/pieces/{slug}/edit")
  String processChange(
      @PathVariable String slug,
      @Valid @ModelAttribute PieceForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    WrittenPiece piece = found(slug);
    UUID key = key(form.idempotencyKey());
    int version = version(form.version());
    PieceChecks.Checked checked = checks.check(form, result, null);
    if (checked.draft() == null) {
      return page(model, piece, null, checked.form(), List.of());
    }
    try {
      editing.change(slug, version, checked.draft(), key, editor(viewer));
    } catch (PieceChangedElsewhereException e) {
      WrittenPiece now = found(slug);
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      List<String> unsaved = PieceDifferences.between(checked.draft(), now.draft());
      return page(
          model,
          now,
          null,
          FormView.of(PieceForm.of(null, now.draft(), now.version())),
          unsaved.isEmpty() ? List.of("Nothing different from what is saved now") : unsaved);
    }
    redirect.addFlashAttribute(NOTICE, "Piece saved");
    return "redirect:/learn/pieces/" + slug + "/edit";
  }

  @GetMapping("/learn/pieces/{slug}/history")
  String showHistory(@PathVariable String slug, Model model) {
    WrittenPiece current = found(slug);
    List<PieceHistoryPage.Row> rows =
        written.history(slug).stream()
            .map(
                v ->
                    new PieceHistoryPage.Row(
                        "Version " + v.version(),
                        SAVED_ON.format(v.editedAt()).replace("AM", "am").replace("PM", "pm"),
                        v.draft().title(),
                        v.draft().published() ? "Published" : "Not published"))
            .toList();
    model.addAttribute(
        "page",
        new PieceHistoryPage(
            current.draft().title(),
            "/learn/pieces/" + slug + "/edit",
            current.draft().published() ? "/learn/" + slug : null,
            rows));
    return "learning/library/history";
  }

  private String page(
      Model model,
      @Nullable WrittenPiece piece,
      @Nullable String copiedFrom,
      FormView form,
      List<String> unsaved) {
    boolean adding = piece == null;
    String action =
        adding
            ? "/learn/pieces/new" + (copiedFrom == null ? "" : "?copy=" + copiedFrom)
            : "/learn/pieces/" + piece.slug() + "/edit";
    String heading =
        adding
            ? (copiedFrom == null ? "Write a new piece" : "Copy a piece to change it")
            : "Change " + piece.draft().title();
    model.addAttribute(
        "page",
        new PieceFormPage(
            heading,
            action,
            adding ? "Save piece" : "Save changes",
            adding,
            form,
            Arrays.stream(PieceKind.values()).map(k -> Choice.of(k.code(), k.label())).toList(),
            Arrays.stream(PieceAudience.values()).map(a -> Choice.of(a.code(), a.label())).toList(),
            LibraryTopics.ALL.entrySet().stream()
                .map(t -> Choice.of(t.getKey(), t.getValue()))
                .toList(),
            mediaChoices(false),
            mediaChoices(true),
            !adding && piece.draft().published() ? "/learn/" + piece.slug() : null,
            adding ? null : "/learn/pieces/" + piece.slug() + "/history",
            unsaved,
            model.getAttribute(NOTICE) instanceof String text ? text : null));
    return "learning/library/piece-form";
  }

  private List<Choice> mediaChoices(boolean captions) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of("", captions ? "No captions chosen" : "No file chosen"));
    for (MediaItem item : media.all()) {
      boolean vtt = item.contentType().startsWith("text/vtt");
      boolean playable =
          item.contentType().startsWith("video/") || item.contentType().startsWith("audio/");
      if (captions ? vtt : playable) {
        choices.add(
            Choice.of(item.hash(), item.fileName() + " (" + MediaSizes.of(item.size()) + ")"));
      }
    }
    return choices;
  }

  static PieceDraft draftOf(Piece piece) {
    return new PieceDraft(
        piece.title(),
        piece.summary(),
        piece.kind(),
        piece.audience(),
        piece.topics(),
        piece.minutes(),
        piece.source(),
        piece.reviewBy(),
        piece.body(),
        piece.media() == null ? null : piece.media().hash(),
        piece.captions() == null ? null : piece.captions().hash(),
        false);
  }

  private WrittenPiece found(String slug) {
    return written.find(slug).orElseThrow(PieceFormController::notFound);
  }

  private static LibraryEditor editor(Authentication viewer) {
    return LibraryEditor.of(viewer).orElseThrow(PieceFormController::notFound);
  }

  private static UUID key(@Nullable String value) {
    try {
      return UUID.fromString(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static int version(@Nullable String value) {
    try {
      int version = Integer.parseInt(value == null ? "" : value);
      if (version < 1) {
        throw new NumberFormatException("not a saved version");
      }
      return version;
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
