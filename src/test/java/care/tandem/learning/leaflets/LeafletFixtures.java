package care.tandem.learning.leaflets;

import care.tandem.learning.Piece;
import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Leaflets for the PDF unit tests: the two leaflets' text as written, from test resources. */
final class LeafletFixtures {

  static final Piece PEOPLE_LEAFLET =
      leaflet(
          "pain-and-mental-health-leaflet",
          "Pain and your mental health",
          "A short leaflet to print or keep. How long-term pain and mental health affect each"
              + " other, what helps, and where to get help.",
          PieceAudience.PEOPLE);
  static final Piece STAFF_LEAFLET =
      leaflet(
          "pain-and-mental-health-staff-leaflet",
          "A staff guide to pain and mental health",
          "A 2-page leaflet for physios, MSK staff and volunteers. How to raise mood with people in"
              + " pain, what to say, and where to refer.",
          PieceAudience.STAFF);

  private LeafletFixtures() {}

  private static Piece leaflet(String slug, String title, String summary, PieceAudience audience) {
    return new Piece(
        slug,
        title,
        summary,
        PieceKind.LEAFLET,
        audience,
        List.of("pain-and-mood"),
        3,
        "Written by the Tandem team from the Q Lab and Mind work, including the RJAH and Keele"
            + " test teams' leaflet and awareness work (see sources).",
        LocalDate.of(2027, 6, 6),
        1,
        body(slug),
        null,
        null);
  }

  private static String body(String slug) {
    String file = "/learning/leaflets-test/" + slug + ".md";
    try (InputStream in = LeafletFixtures.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Missing test leaflet " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
