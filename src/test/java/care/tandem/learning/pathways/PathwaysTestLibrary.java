package care.tandem.learning.pathways;

import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the library until the library part is merged: the people pieces the shipped
 * pathways use, in memory. The lead deletes this file when the real {@link Library} lands.
 */
@Component
class PathwaysTestLibrary implements Library {

  static final List<Piece> PIECES =
      Stream.of(
              "pain-and-mood",
              "pacing",
              "sleep-and-pain",
              "flare-ups",
              "talking-to-your-team",
              "work-and-pain",
              "money-worries",
              "moving-with-pain",
              "what-to-expect-physiotherapy",
              "what-to-expect-talking-therapies",
              "help-now",
              "before-your-first-appointment",
              "a-calmer-breath",
              "pain-and-mental-health-leaflet",
              "pain-and-mood-video")
          .map(PathwaysTestLibrary::piece)
          .toList();

  private static Piece piece(String slug) {
    String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
    return new Piece(
        slug,
        title,
        "A short piece about " + slug.replace('-', ' ') + ".",
        slug.endsWith("video") ? PieceKind.VIDEO : PieceKind.ARTICLE,
        slug.endsWith("video") ? PieceAudience.BOTH : PieceAudience.PEOPLE,
        List.of("pacing"),
        3,
        "Written by the Tandem team.",
        LocalDate.of(2027, 12, 6),
        1,
        "Some words.",
        null,
        null);
  }

  @Override
  public Optional<Piece> find(String slug) {
    return PIECES.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  @Override
  public List<Piece> all() {
    return PIECES.stream().sorted(Comparator.comparing(Piece::title)).toList();
  }
}
