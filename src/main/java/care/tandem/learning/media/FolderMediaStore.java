package care.tandem.learning.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The media store in a folder ({@code tandem.learning.media-directory}): each file at {@code
 * ab/abcdef…}, named by the SHA-256 of its bytes. An upload is written to {@code incoming/} while
 * it is hashed and counted, checked, made durable, then renamed into place in one step, and only
 * then listed in the catalogue; a refused or failed upload is deleted. So a crash leaves at most a
 * file nobody lists ({@link MediaTidying} removes those), never a listed file that is missing or
 * half written.
 */
@Service
class FolderMediaStore implements MediaStore {

  static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private final MediaSettings settings;
  private final MediaRows rows;

  FolderMediaStore(MediaSettings settings, MediaRows rows) {
    this.settings = settings;
    this.rows = rows;
  }

  @Override
  public MediaItem store(InputStream content, String fileName) {
    return store(content, fileName, null);
  }

  @Override
  public MediaItem store(InputStream content, String fileName, @Nullable UUID addedBy) {
    String name = FileNames.cleaned(fileName);
    Path temp = null;
    try {
      Files.createDirectories(incoming());
      temp = Files.createTempFile(incoming(), "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = copy(content, temp, sha256);
      String type = MediaSniffer.typeOf(temp);
      long limit = settings.limitFor(type);
      if (size > limit) {
        throw new MediaRefusedException(tooBig(type, limit));
      }
      String hash = HexFormat.of().formatHex(sha256.digest());
      Path target = fileFor(hash);
      Files.createDirectories(target.getParent());
      if (!Files.isRegularFile(target) || Files.size(target) != size) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.getParent());
      }
      return rows.add(new MediaItem(hash, type, size, name), addedBy).item();
    } catch (IOException e) {
      throw new UncheckedIOException("The media folder could not be written", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Left in incoming/: tidied at the next start.
        }
      }
    }
  }

  /** Copies while hashing and counting, refusing at once past the largest size; then syncs. */
  private long copy(InputStream content, Path temp, MessageDigest sha256) throws IOException {
    long most = settings.mediaMaxSize().toBytes();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      while (true) {
        int read;
        try {
          read = content.read(buffer);
        } catch (IOException e) {
          throw new MediaRefusedException("The file could not be read. Try again");
        }
        if (read < 0) {
          break;
        }
        size += read;
        if (size > most) {
          throw new MediaRefusedException(tooBig("", most));
        }
        sha256.update(buffer, 0, read);
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
      }
      out.force(true);
    }
    return size;
  }

  /** Makes the rename itself durable before the row that lists the file is written. */
  private static void syncFolder(Path folder) {
    try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException notSupported) {
      // Some file systems cannot sync a folder; the file itself is already synced.
    }
  }

  static String tooBig(String type, long limit) {
    String what =
        type.equals(MediaSniffer.CAPTIONS)
            ? "A captions file"
            : type.startsWith("image/") ? "An image" : "The file";
    return what + " must be smaller than " + MediaSettings.inWords(limit);
  }

  @Override
  public Optional<MediaItem> find(String hash) {
    if (!HASH.matcher(hash).matches()) {
      return Optional.empty();
    }
    return rows.find(hash).map(MediaRows.MediaRow::item);
  }

  @Override
  public Optional<Resource> open(String hash) {
    if (!HASH.matcher(hash).matches()) {
      return Optional.empty();
    }
    Path file = fileFor(hash);
    return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
  }

  @Override
  public List<MediaItem> all() {
    return rows.newestFirst(1000).stream().map(MediaRows.MediaRow::item).toList();
  }

  Path fileFor(String hash) {
    return settings.mediaDirectory().resolve(hash.substring(0, 2)).resolve(hash);
  }

  Path incoming() {
    return settings.mediaDirectory().resolve("incoming");
  }
}
