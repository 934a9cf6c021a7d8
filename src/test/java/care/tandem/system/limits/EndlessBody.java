package care.tandem.system.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a chunked request body of any size, made as it is sent (nothing held in memory), and reads
 * the answer while it is still sending, as an attacker's client would: the server must answer
 * without reading it all.
 */
public final class EndlessBody {

  /** The answer, and how much of the body had been sent when it came. */
  public record Answer(int status, String headersAndBody, long bytesSentBeforeAnswer) {}

  private EndlessBody() {}

  public static Answer post(
      int port, String path, Map<String, String> headers, String opening, long totalBytes)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n");
      head.append("Host: localhost:").append(port).append("\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      head.append("Transfer-Encoding: chunked\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                try {
                  chunk(out, opening.getBytes(StandardCharsets.UTF_8));
                  sent.addAndGet(opening.length());
                  byte[] filler = new byte[64 * 1024];
                  Arrays.fill(filler, (byte) 'a');
                  while (sent.get() < totalBytes) {
                    chunk(out, filler);
                    sent.addAndGet(filler.length);
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException closedByServer) {
                  // The server stopped reading and closed: what a limit should do.
                }
              });
      writer.setDaemon(true);
      writer.start();
      InputStream in = socket.getInputStream();
      String statusLine = readLine(in);
      long sentBeforeAnswer = sent.get();
      String rest = readUntilClosed(in);
      socket.close();
      writer.join(10_000);
      int status =
          statusLine.startsWith("HTTP/") ? Integer.parseInt(statusLine.substring(9, 12)) : 0;
      return new Answer(status, rest, sentBeforeAnswer);
    }
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1).strip();
  }

  /** The headers and body, until the server closes or a few kilobytes have come. */
  private static String readUntilClosed(InputStream in) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int read = in.read(buffer);
          read >= 0 && all.size() < 64 * 1024;
          read = in.read(buffer)) {
        all.write(buffer, 0, read);
      }
    } catch (IOException reset) {
      // A reset after the answer: what came before it is kept.
    }
    return all.toString(StandardCharsets.UTF_8);
  }
}
