package care.tandem.learning.library;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding pieces: words, topic, kind and audience; people's pieces first for people. */
class LibrarySearchTests {

  private final List<Piece> pieces =
      List.of(
          piece("asking-about-mood", "Asking about mood", PieceAudience.STAFF, "practice"),
          piece("sleep-and-pain", "Sleep and pain", PieceAudience.PEOPLE, "sleep"),
          piece("pain-and-mood-video", "Pain and mood video", PieceAudience.BOTH, "pain-and-mood"));

  @Test
  void showsPeoplesPiecesFirstToPeopleAndAllByTitleToStaff() {
    LibrarySearch all = LibrarySearch.of(null, null, null, null);

    assertThat(all.apply(pieces, false))
        .extracting(Piece::slug)
        .containsExactly("pain-and-mood-video", "sleep-and-pain", "asking-about-mood");
    assertThat(all.apply(pieces, true))
        .extracting(Piece::slug)
        .containsExactly("asking-about-mood", "pain-and-mood-video", "sleep-and-pain");
  }

  @Test
  void findsByEveryWordTopicKindAndAudience() {
    assertThat(LibrarySearch.of("  MOOD   pain ", null, null, null).apply(pieces, true))
        .extracting(Piece::slug)
        .containsExactly("pain-and-mood-video");
    assertThat(LibrarySearch.of(null, "sleep", null, null).apply(pieces, true))
        .extracting(Piece::slug)
        .containsExactly("sleep-and-pain");
    assertThat(LibrarySearch.of(null, null, "video", null).apply(pieces, true))
        .extracting(Piece::slug)
        .containsExactly("pain-and-mood-video");
    assertThat(LibrarySearch.of(null, null, null, "staff").apply(pieces, true))
        .extracting(Piece::slug)
        .containsExactly("asking-about-mood", "pain-and-mood-video");
  }

  @Test
  void ignoresUnknownFilterValues() {
    LibrarySearch search = LibrarySearch.of(null, "<script>", "podcast", "aliens");

    assertThat(search.filtered()).isFalse();
    assertThat(search.apply(pieces, true)).hasSize(3);
  }

  private static Piece piece(String slug, String title, PieceAudience audience, String topic) {
    PieceKind kind = slug.endsWith("video") ? PieceKind.VIDEO : PieceKind.ARTICLE;
    return new Piece(
        slug,
        title,
        "Summary.",
        kind,
        audience,
        List.of(topic),
        3,
        "Written by the Tandem team.",
        LocalDate.of(2027, 1, 1),
        1,
        "Body about " + title + ".",
        null,
        null);
  }
}
