package care.tandem.learning.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves a stored file to anyone (media of published pieces are public): its sniffed type, cached
 * for a year (the address is the hash, so it never changes), never sniffed again by the browser,
 * and in parts for range requests ({@link ByteRanges}), as video players ask.
 */
@Controller
class MediaController {

  static final String PATH = "/learn/media/{hash}";
  static final String CACHE = "public, max-age=31536000, immutable";

  private final MediaStore store;

  MediaController(MediaStore store) {
    this.store = store;
  }

  @GetMapping(PATH)
  void serve(@PathVariable String hash, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<MediaItem> found = store.find(hash);
    Optional<Resource> bytes = found.isPresent() ? store.open(hash) : Optional.empty();
    if (found.isEmpty() || bytes.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    MediaItem item = found.get();
    String etag = "\"" + item.hash() + "\"";
    response.setHeader(HttpHeaders.ETAG, etag);
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.inline()
            .filename(item.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), item.hash())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
    ByteRanges ranges =
        ifRange == null || ifRange.strip().equals(etag)
            ? ByteRanges.of(request.getHeader(HttpHeaders.RANGE), item.size())
            : new ByteRanges.Whole();
    boolean body = !"HEAD".equals(request.getMethod());
    if (ranges instanceof ByteRanges.Unsatisfiable) {
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + item.size());
      response.setContentLength(0);
    } else if (ranges instanceof ByteRanges.Parts parts && parts.spans().size() > 1) {
      servePartsOf(item, bytes.get(), parts.spans(), body, response);
    } else {
      boolean whole = !(ranges instanceof ByteRanges.Parts);
      ByteRanges.Span span =
          whole
              ? new ByteRanges.Span(0, item.size() - 1)
              : ((ByteRanges.Parts) ranges).spans().get(0);
      if (!whole) {
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader(HttpHeaders.CONTENT_RANGE, span.contentRange(item.size()));
      }
      response.setContentType(item.contentType());
      response.setContentLengthLong(span.length());
      if (body) {
        copy(bytes.get(), span, response.getOutputStream());
      }
    }
  }

  /** Several ranges: one multipart/byteranges body, each part with its own Content-Range. */
  private static void servePartsOf(
      MediaItem item,
      Resource bytes,
      List<ByteRanges.Span> spans,
      boolean body,
      HttpServletResponse response)
      throws IOException {
    String boundary = UUID.randomUUID().toString().replace("-", "");
    List<byte[]> heads =
        spans.stream()
            .map(
                span ->
                    ("\r\n--"
                            + boundary
                            + "\r\nContent-Type: "
                            + item.contentType()
                            + "\r\nContent-Range: "
                            + span.contentRange(item.size())
                            + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII))
            .toList();
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    long length = tail.length;
    for (int i = 0; i < spans.size(); i++) {
      length += heads.get(i).length + spans.get(i).length();
    }
    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
    response.setContentType("multipart/byteranges; boundary=" + boundary);
    response.setContentLengthLong(length);
    if (!body) {
      return;
    }
    OutputStream out = response.getOutputStream();
    for (int i = 0; i < spans.size(); i++) {
      out.write(heads.get(i));
      copy(bytes, spans.get(i), out);
    }
    out.write(tail);
  }

  private static void copy(Resource bytes, ByteRanges.Span span, OutputStream out)
      throws IOException {
    try (InputStream in = bytes.getInputStream()) {
      in.skipNBytes(span.first());
      long left = span.length();
      byte[] buffer = new byte[64 * 1024];
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new IOException("The media file is shorter than its catalogue row");
        }
        out.write(buffer, 0, read);
        left -= read;
      }
    }
  }

  private static boolean matches(@Nullable String ifNoneMatch, String hash) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String value = tag.strip();
      if (value.equals("*")
          || value.equals("\"" + hash + "\"")
          || value.equals("W/\"" + hash + "\"")) {
        return true;
      }
    }
    return false;
  }
}
