package care.tandem.learning.leaflets;

import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.learning.PieceKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The leaflets' PDFs, made on first asking and kept in memory for each leaflet and print until the
 * leaflet's version changes (a PDF takes a second or so to make; a leaflet is asked for often).
 */
@Component
class PrintedLeaflets {

  /** A leaflet's PDF, with the version it was made from. */
  record Printed(String fileName, int version, byte[] pdf) {}

  private final Library library;
  private final LeafletPdf maker;
  private final Map<String, Printed> made = new ConcurrentHashMap<>();

  PrintedLeaflets(Library library, LeafletPdf maker) {
    this.library = library;
    this.maker = maker;
  }

  /** The leaflet's PDF in the print asked for, or empty when there is no leaflet by that slug. */
  Optional<Printed> find(String slug, LeafletPrint print) {
    return library
        .find(slug)
        .filter(piece -> piece.kind() == PieceKind.LEAFLET)
        .map(
            leaflet -> {
              String key = leaflet.slug() + " " + print;
              Printed kept = made.get(key);
              if (kept != null && kept.version() == leaflet.version()) {
                return kept;
              }
              Printed fresh = print(leaflet, print);
              made.put(key, fresh);
              return fresh;
            });
  }

  private Printed print(Piece leaflet, LeafletPrint print) {
    return new Printed(
        print.fileName(leaflet.slug()), leaflet.version(), maker.render(leaflet, print));
  }
}
