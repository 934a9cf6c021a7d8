package care.tandem.learning;

import java.util.List;
import java.util.Optional;

/** The library's published pieces: those shipped with Tandem and those written in the app. */
public interface Library {

  Optional<Piece> find(String slug);

  /** Every published piece, by title. */
  List<Piece> all();
}
