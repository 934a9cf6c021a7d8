package care.tandem.learning.library;

import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaRefusedException;
import care.tandem.learning.media.MediaStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Media kept in memory, types from the file name's ending: for the library's unit tests, which need
 * no Spring and no disk.
 */
public class LibraryMediaInMemory implements MediaStore {

  private final Map<String, MediaItem> items = new ConcurrentHashMap<>();
  private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
  private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());

  @Override
  public MediaItem store(InputStream content, String fileName) {
    try {
      byte[] data = content.readAllBytes();
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
      MediaItem item = new MediaItem(hash, type(fileName), data.length, fileName);
      if (items.putIfAbsent(hash, item) == null) {
        bytes.put(hash, data);
        order.add(0, hash);
      }
      return items.get(hash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<MediaItem> find(String hash) {
    return Optional.ofNullable(items.get(hash));
  }

  @Override
  public Optional<Resource> open(String hash) {
    return Optional.ofNullable(bytes.get(hash)).map(ByteArrayResource::new);
  }

  @Override
  public List<MediaItem> all() {
    synchronized (order) {
      return order.stream().map(items::get).toList();
    }
  }

  private static String type(String fileName) {
    if (fileName.endsWith(".mp4")) {
      return "video/mp4";
    }
    if (fileName.endsWith(".vtt")) {
      return "text/vtt";
    }
    if (fileName.endsWith(".mp3")) {
      return "audio/mpeg";
    }
    throw new MediaRefusedException("This kind of file cannot be stored");
  }
}
