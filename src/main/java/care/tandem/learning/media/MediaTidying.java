package care.tandem.learning.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, removes what a crash can leave in the media folder: uploads half written in {@code
 * incoming/}, and files renamed into place whose catalogue row was never committed. Only files over
 * an hour old, so an upload another node is finishing right now is left alone.
 */
@Component
class MediaTidying {

  private static final Logger log = LoggerFactory.getLogger(MediaTidying.class);
  private static final Duration GRACE = Duration.ofHours(1);

  private final FolderMediaStore store;
  private final MediaRows rows;

  MediaTidying(FolderMediaStore store, MediaRows rows) {
    this.store = store;
    this.rows = rows;
  }

  @EventListener(ApplicationReadyEvent.class)
  void tidy() {
    tidy(Instant.now().minus(GRACE));
  }

  /** Removes leftovers last changed before {@code before}; returns how many. */
  int tidy(Instant before) {
    Path folder = store.incoming().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.walk(folder, 2)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (isLeftover(file, before)) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException e) {
      log.warn("The media folder could not be tidied: {}", e.getClass().getSimpleName());
    }
    if (removed > 0) {
      log.info("Removed {} unfinished media files", removed);
    }
    return removed;
  }

  private boolean isLeftover(Path file, Instant before) throws IOException {
    if (Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
      return false;
    }
    String name = file.getFileName().toString();
    if (file.getParent().equals(store.incoming())) {
      return name.endsWith(".part");
    }
    return FolderMediaStore.HASH.matcher(name).matches()
        && List.of(name.substring(0, 2)).contains(file.getParent().getFileName().toString())
        && !rows.listed(name);
  }
}
