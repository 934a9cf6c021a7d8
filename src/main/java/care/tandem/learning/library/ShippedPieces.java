package care.tandem.learning.library;

import care.tandem.learning.Piece;
import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaStore;
import care.tandem.system.content.ContentProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The pieces shipped with Tandem, read and checked at start, before the application takes requests;
 * their media are put in the media store (the same bytes are kept once). A broken shipped piece
 * stops the application with a list of every problem, each naming its file and field.
 */
@Component
class ShippedPieces implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ShippedPieces.class);

  private final ResourcePatternResolver resources;
  private final String location;
  private final MediaStore media;
  private volatile Map<String, Piece> pieces = Map.of();

  ShippedPieces(
      ResourcePatternResolver resources,
      @Value("${tandem.learning.library-location:classpath:learning/}") String location,
      MediaStore media) {
    this.resources = resources;
    this.location = location;
    this.media = media;
  }

  @Override
  public void afterSingletonsInstantiated() {
    ContentProblems problems = new ContentProblems();
    PieceFileReader reader = new PieceFileReader(resources, location, problems);
    var files = reader.read();
    problems.throwIfAny();
    Map<String, Piece> loaded = new LinkedHashMap<>();
    for (PieceFile file : files) {
      loaded.put(file.slug(), piece(file, reader));
    }
    pieces = Map.copyOf(loaded);
    log.info("Loaded the library: {} shipped pieces", loaded.size());
  }

  Optional<Piece> find(String slug) {
    return Optional.ofNullable(pieces.get(slug));
  }

  Map<String, Piece> all() {
    return pieces;
  }

  private Piece piece(PieceFile file, PieceFileReader reader) {
    return new Piece(
        file.slug(),
        file.title(),
        file.summary(),
        java.util.Objects.requireNonNull(file.kind()),
        java.util.Objects.requireNonNull(file.audience()),
        file.topics(),
        file.minutes(),
        file.source(),
        java.util.Objects.requireNonNull(file.reviewBy()),
        file.version(),
        file.body(),
        stored(file.media(), reader),
        stored(file.captions(), reader));
  }

  private @Nullable MediaItem stored(@Nullable String fileName, PieceFileReader reader) {
    if (fileName == null) {
      return null;
    }
    try (InputStream in = reader.media(fileName).getInputStream()) {
      return media.store(in, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read learning/media/" + fileName, e);
    }
  }
}
