package care.tandem.learning.media;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start, puts the media files Tandem ships ({@code learning/media/} on the class path, used by
 * the shipped pieces) into the media store, and with the demo profile a small sample from {@code
 * learning/demo/}. Storing is by content, so a file already there is not stored again; a shipped
 * file the store refuses is logged and left out, never half stored.
 */
@Component
class ShippedMedia {

  private static final Logger log = LoggerFactory.getLogger(ShippedMedia.class);

  private final MediaStore store;
  private final Environment environment;

  ShippedMedia(MediaStore store, Environment environment) {
    this.store = store;
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  void storeShippedMedia() {
    load("classpath*:learning/media/*");
    if (environment.matchesProfiles("demo")) {
      load("classpath*:learning/demo/*.vtt");
    }
  }

  /** Stores each file matching the pattern; returns how many were stored or already there. */
  int load(String pattern) {
    int stored = 0;
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String name = file.getFilename();
        if (name == null || !file.isReadable()) {
          continue;
        }
        stored += store(file, name) == null ? 0 : 1;
      }
    } catch (IOException e) {
      log.warn("Shipped media could not be listed: {}", e.getClass().getSimpleName());
    }
    return stored;
  }

  private @Nullable MediaItem store(Resource file, String name) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return store.store(in, name);
    } catch (MediaRefusedException refused) {
      log.error("The shipped media file {} was refused: {}", name, refused.getMessage());
      return null;
    }
  }
}
