package care.tandem.learning.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where media files live and how big they may be ({@code tandem.learning.media-*}). The folder
 * defaults to {@code ./data/media}, beside the embedded database's {@code ./data/postgres}. The
 * largest size holds while the upload is read; captions and images have smaller limits of their
 * own.
 */
@ConfigurationProperties("tandem.learning")
record MediaSettings(
    @DefaultValue("./data/media") Path mediaDirectory,
    @DefaultValue("50MB") DataSize mediaMaxSize,
    @DefaultValue("1MB") DataSize mediaMaxCaptionsSize,
    @DefaultValue("5MB") DataSize mediaMaxImageSize) {

  /** The limit for a file of this type, in bytes. */
  long limitFor(String contentType) {
    if (contentType.equals(MediaSniffer.CAPTIONS)) {
      return mediaMaxCaptionsSize.toBytes();
    }
    if (contentType.startsWith("image/")) {
      return mediaMaxImageSize.toBytes();
    }
    return mediaMaxSize.toBytes();
  }

  /** "50 MB", for a person. */
  static String inWords(long bytes) {
    if (bytes >= 1024 * 1024) {
      return (bytes / (1024 * 1024)) + " MB";
    }
    return Math.max(1, bytes / 1024) + " KB";
  }
}
