package care.tandem.learning.media;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Media files stored by content hash: a folder under the data directory by default, behind this
 * interface so an object store can replace it. The same bytes stored twice are kept once.
 */
public interface MediaStore {

  /**
   * Reads and keeps the file, sniffing its type from its bytes.
   *
   * @throws MediaRefusedException when the type is not allowed, it is too big or it is damaged;
   *     then nothing is kept
   */
  MediaItem store(InputStream content, String fileName);

  /**
   * As {@link #store(InputStream, String)}, noting who added it (null for files Tandem ships).
   *
   * @throws MediaRefusedException as there
   */
  default MediaItem store(InputStream content, String fileName, @Nullable UUID addedBy) {
    return store(content, fileName);
  }

  Optional<MediaItem> find(String hash);

  /** The bytes, for serving. */
  Optional<Resource> open(String hash);

  /** Everything stored, newest first, for choosing in a piece's form. */
  List<MediaItem> all();
}
