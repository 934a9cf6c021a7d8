package care.tandem.learning.library;

import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds pieces by words, topic, kind and audience. People (and visitors) see the pieces written for
 * them first and those for staff after; staff see every piece by title. Unknown filter values are
 * ignored, so a mangled address still shows the library.
 */
record LibrarySearch(
    String words,
    @Nullable String topic,
    @Nullable PieceKind kind,
    @Nullable PieceAudience audience) {

  static LibrarySearch of(
      @Nullable String words,
      @Nullable String topic,
      @Nullable String kind,
      @Nullable String audience) {
    String cleaned = words == null ? "" : words.strip().replaceAll("\\s+", " ");
    if (cleaned.length() > 100) {
      cleaned = cleaned.substring(0, 100);
    }
    return new LibrarySearch(
        cleaned,
        topic != null && LibraryTopics.ALL.containsKey(topic) ? topic : null,
        code(PieceKind.values(), kind),
        code(PieceAudience.values(), audience));
  }

  boolean filtered() {
    return !words.isEmpty() || topic != null || kind != null || audience != null;
  }

  List<Piece> apply(List<Piece> pieces, boolean staff) {
    List<String> terms =
        words.isEmpty() ? List.of() : Arrays.asList(words.toLowerCase(Locale.ROOT).split(" "));
    Comparator<Piece> byTitle = Comparator.comparing(p -> p.title().toLowerCase(Locale.ROOT));
    Comparator<Piece> order =
        staff
            ? byTitle
            : Comparator.<Piece, Boolean>comparing(p -> !p.forPeople()).thenComparing(byTitle);
    return pieces.stream()
        .filter(p -> topic == null || p.topics().contains(topic))
        .filter(p -> kind == null || p.kind() == kind)
        .filter(
            p ->
                audience == null
                    || p.audience() == audience
                    || (audience != PieceAudience.BOTH && p.audience() == PieceAudience.BOTH))
        .filter(p -> terms.stream().allMatch(term -> text(p).contains(term)))
        .sorted(order)
        .toList();
  }

  private static String text(Piece piece) {
    return (piece.title() + " " + piece.summary() + " " + piece.body()).toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> @Nullable E code(E[] values, @Nullable String code) {
    for (E value : values) {
      if (value.name().toLowerCase(Locale.ROOT).equals(code)) {
        return value;
      }
    }
    return null;
  }
}
