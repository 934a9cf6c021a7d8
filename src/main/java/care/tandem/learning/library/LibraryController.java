package care.tandem.learning.library;

import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.learning.media.MediaItem;
import care.tandem.system.Capability;
import care.tandem.system.components.Choice;
import care.tandem.system.content.Markdown;
import care.tandem.system.form.Field;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The library for everyone, signed in or not: browse and search, and each piece. A video or
 * recording never plays by itself, shows its size before loading, and always offers the text-first
 * view ({@code ?view=text}) that shows the transcript without loading the player.
 */
@Controller
class LibraryController {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final LibraryCatalogue catalogue;
  private final WrittenPieces written;
  private final SavedPieces saved;

  LibraryController(LibraryCatalogue catalogue, WrittenPieces written, SavedPieces saved) {
    this.catalogue = catalogue;
    this.written = written;
    this.saved = saved;
  }

  @GetMapping("/learn")
  String showLibrary(
      @RequestParam(required = false) @Nullable String words,
      @RequestParam(required = false) @Nullable String topic,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String audience,
      @Nullable Authentication viewer,
      Model model) {
    Optional<LibraryEditor> who = LibraryEditor.of(viewer);
    boolean staff = who.map(LibraryEditor::staff).orElse(false);
    boolean editor =
        who.isPresent()
            && viewer != null
            && care.tandem.care.Capabilities.allows(viewer, Capability.EDIT_LIBRARY);
    LibrarySearch search = LibrarySearch.of(words, topic, kind, audience);
    List<Piece> found = search.apply(catalogue.all(), staff);
    List<Piece> first = staff ? found : found.stream().filter(Piece::forPeople).toList();
    List<Piece> after = staff ? List.of() : found.stream().filter(p -> !p.forPeople()).toList();
    List<LibraryPages.Card> writtenHere =
        editor
            ? written.current().stream()
                .map(
                    w ->
                        new LibraryPages.Card(
                            w.draft().title(),
                            "/learn/pieces/" + w.slug() + "/edit",
                            (w.draft().published() ? "Published" : "Not published")
                                + ", version "
                                + w.version(),
                            w.draft().summary()))
                .toList()
            : List.of();
    model.addAttribute(
        "page",
        new LibraryPages.Browse(
            field("words", search.words()),
            field("topic", search.topic()),
            field("kind", search.kind() == null ? null : search.kind().code()),
            field("audience", search.audience() == null ? null : search.audience().code()),
            withAll(
                "All topics",
                LibraryTopics.ALL.entrySet().stream()
                    .map(t -> Choice.of(t.getKey(), t.getValue()))
                    .toList()),
            withAll(
                "All kinds",
                Arrays.stream(PieceKind.values())
                    .map(k -> Choice.of(k.code(), k.label()))
                    .toList()),
            withAll(
                "Everyone",
                Arrays.stream(PieceAudience.values())
                    .filter(a -> a != PieceAudience.BOTH)
                    .map(a -> Choice.of(a.code(), a.label()))
                    .toList()),
            first.stream().map(LibraryController::card).toList(),
            after.stream().map(LibraryController::card).toList(),
            search.filtered(),
            found.size() == 1 ? "1 piece" : found.size() + " pieces",
            editor,
            writtenHere));
    return "learning/library/library";
  }

  @GetMapping("/learn/{slug}")
  String showPiece(
      @PathVariable String slug,
      @RequestParam(required = false) @Nullable String view,
      @Nullable Authentication viewer,
      Model model) {
    Piece piece =
        catalogue.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Optional<LibraryEditor> who = LibraryEditor.of(viewer);
    boolean editor =
        who.isPresent()
            && viewer != null
            && care.tandem.care.Capabilities.allows(viewer, Capability.EDIT_LIBRARY);
    boolean shipped = catalogue.isShipped(slug);
    MediaItem media = piece.media();
    boolean player =
        media != null && (piece.kind() == PieceKind.VIDEO || piece.kind() == PieceKind.AUDIO);
    boolean textView = player && "text".equals(view);
    String kindWord = piece.kind() == PieceKind.VIDEO ? "Video" : "Recording";
    model.addAttribute(
        "page",
        new LibraryPages.PieceView(
            piece.slug(),
            piece.title(),
            piece.summary(),
            piece.kind().label(),
            player ? "Transcript" : "",
            Markdown.render(piece.body()).html(),
            piece.kind() == PieceKind.LEAFLET,
            player ? (piece.kind() == PieceKind.VIDEO ? "video" : "audio") : null,
            player ? media.path() : null,
            player ? media.contentType() : null,
            player
                ? kindWord + ", " + minutes(piece.minutes()) + ", " + MediaSizes.of(media.size())
                : null,
            piece.captions() == null ? null : piece.captions().path(),
            textView,
            piece.path(),
            piece.topics().stream()
                .map(t -> Choice.of("/learn?topic=" + t, LibraryTopics.label(t)))
                .toList(),
            piece.source(),
            DATE.format(piece.reviewBy()),
            String.valueOf(piece.version()),
            who.isPresent() ? "/learn/saved" : null,
            who.map(w -> saved.has(w.accountId(), slug)).orElse(false),
            editor ? "/learn/pieces/new?copy=" + slug : null,
            editor && !shipped ? "/learn/pieces/" + slug + "/edit" : null,
            model.getAttribute(SavedPiecesController.NOTICE) instanceof String text ? text : null));
    return "learning/library/piece";
  }

  static LibraryPages.Card card(Piece piece) {
    String meta =
        piece.kind().label()
            + ", "
            + minutes(piece.minutes())
            + (piece.audience() == PieceAudience.STAFF ? ", for staff" : "");
    return new LibraryPages.Card(piece.title(), piece.path(), meta, piece.summary());
  }

  private static String minutes(int minutes) {
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }

  private static List<Choice> withAll(String all, List<Choice> choices) {
    List<Choice> list = new ArrayList<>();
    list.add(Choice.of("", all));
    list.addAll(choices);
    return list;
  }

  private static Field field(String name, @Nullable String value) {
    return new Field(name, name, value == null ? List.of() : List.of(value), null);
  }
}
