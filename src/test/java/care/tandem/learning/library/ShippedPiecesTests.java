package care.tandem.learning.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.learning.Piece;
import care.tandem.system.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loading the shipped pieces at start: a broken one stops the start; media go to the store. */
class ShippedPiecesTests {

  private final PathMatchingResourcePatternResolver resources =
      new PathMatchingResourcePatternResolver();

  @Test
  void refusesToStartOnABrokenShippedPiece() {
    ShippedPieces pieces =
        new ShippedPieces(
            resources, "classpath:learning-fixtures/broken/", new LibraryMediaInMemory());

    assertThatThrownBy(pieces::afterSingletonsInstantiated)
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("learning/pieces/broken-video.md: captions: is missing or empty");
  }

  @Test
  void storesAVideosFileAndCaptionsInTheMediaStore() {
    LibraryMediaInMemory media = new LibraryMediaInMemory();
    ShippedPieces pieces = new ShippedPieces(resources, "classpath:learning-fixtures/good/", media);

    pieces.afterSingletonsInstantiated();

    Piece video = pieces.find("a-test-video").orElseThrow();
    assertThat(video.media()).isNotNull();
    assertThat(video.media().contentType()).isEqualTo("video/mp4");
    assertThat(video.captions()).isNotNull();
    assertThat(media.find(video.captions().hash())).isPresent();
    assertThat(pieces.find("a-short-read").orElseThrow().media()).isNull();
  }
}
