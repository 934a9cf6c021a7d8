package care.tandem.system.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body stream counts what is read and throws {@link BodyTooLargeException} the
 * moment it passes the limit, whatever the Content-Length said (or with none, chunked).
 */
final class LimitedRequest extends HttpServletRequestWrapper {

  private final long limit;
  private @Nullable CountingStream stream;
  private @Nullable BufferedReader reader;

  LimitedRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream =
          new CountingStream(
              super.getInputStream(),
              limit,
              () -> setAttribute(BodyTooLargeException.ATTRIBUTE, Boolean.TRUE));
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset =
          encoding == null || !Charset.isSupported(encoding)
              ? StandardCharsets.ISO_8859_1
              : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
    return reader;
  }

  static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private final Runnable exceeded;
    private long count;

    CountingStream(ServletInputStream in, long limit, Runnable exceeded) {
      this.in = in;
      this.limit = limit;
      this.exceeded = exceeded;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // Never ask for more than one byte past the limit, so nothing beyond it is buffered.
      int asked = (int) Math.min(length, Math.max(1, limit - count + 1));
      int read = in.read(buffer, offset, asked);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(int read) throws BodyTooLargeException {
      count += read;
      if (count > limit) {
        exceeded.run();
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
