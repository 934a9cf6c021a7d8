package care.tandem.learning.media;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.SharedFileInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The file part of a multipart upload. Tandem parses no multipart requests in general, so the body
 * is spooled to a file in the media folder's {@code incoming/} (counted by the request body limit
 * while it is read) and parsed from there, never held in memory whole.
 */
final class MediaUpload implements AutoCloseable {

  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

  private final Path spooled;
  private @Nullable SharedFileInputStream shared;

  private MediaUpload(Path spooled) {
    this.spooled = spooled;
  }

  /** Spools the request body; the caller closes the upload, which deletes the spooled copy. */
  static MediaUpload spool(HttpServletRequest request, Path incoming) throws IOException {
    Files.createDirectories(incoming);
    MediaUpload upload = new MediaUpload(Files.createTempFile(incoming, "request-", ".part"));
    try (InputStream in = request.getInputStream();
        OutputStream out = Files.newOutputStream(upload.spooled)) {
      in.transferTo(out);
    } catch (IOException | RuntimeException e) {
      upload.close();
      throw e;
    }
    return upload;
  }

  /** The file field, or null when the form had none (a browser sends an empty name then). */
  @Nullable FilePart file(@Nullable String contentType) throws IOException {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    try {
      shared = new SharedFileInputStream(spooled.toFile());
      SharedFileInputStream source = shared;
      MimeMultipart parts =
          new MimeMultipart(
              new jakarta.activation.DataSource() {
                @Override
                public InputStream getInputStream() {
                  return source;
                }

                @Override
                public OutputStream getOutputStream() throws IOException {
                  throw new IOException("Read only");
                }

                @Override
                public String getContentType() {
                  return contentType;
                }

                @Override
                public String getName() {
                  return "upload";
                }
              });
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        String[] disposition = part.getHeader("Content-Disposition");
        if (disposition == null || disposition.length == 0) {
          continue;
        }
        String name = group(NAME, disposition[0]);
        String fileName = group(FILE_NAME, disposition[0]);
        if ("file".equals(name) && fileName != null && !fileName.isEmpty()) {
          return new FilePart(utf8(fileName), part.getInputStream());
        }
      }
      return null;
    } catch (MessagingException e) {
      throw new IOException("The upload could not be read", e);
    }
  }

  /** Browsers send the name's UTF-8 bytes, which the mail parser reads as Latin-1. */
  private static String utf8(String latin1) {
    byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
    String decoded = new String(raw, StandardCharsets.UTF_8);
    return decoded.contains("\uFFFD") ? latin1 : decoded;
  }

  private static @Nullable String group(Pattern pattern, String header) {
    Matcher matcher = pattern.matcher(header);
    return matcher.find() ? matcher.group(1) : null;
  }

  @Override
  public void close() throws IOException {
    try {
      if (shared != null) {
        shared.close();
      }
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  record FilePart(String fileName, InputStream content) {}
}
