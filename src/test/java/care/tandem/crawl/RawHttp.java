package care.tandem.crawl;

import care.tandem.coverage.RenderedTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends an HTTP/1.1 request byte for byte, so a test can send what well-behaved clients refuse to:
 * bad percent-encoding, a strange Host, a header too big for any server.
 */
public final class RawHttp {

  /** What came back: the status, or 0 when the server closed the connection without answering. */
  public record Answer(int status, String body) {}

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  public Answer get(String target, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "localhost:" + port);
    all.put("Accept", "text/html");
    all.put(RenderedTemplates.GATE_CLIENT_HEADER, RenderedTemplates.gate());
    all.putAll(headers);
    all.put("Connection", "close");
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
    all.forEach(
        (name, value) -> {
          if (value != null) {
            request.append(name).append(": ").append(value).append("\r\n");
          }
        });
    request.append("\r\n");
    return send(request.toString());
  }

  private Answer send(String request) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      String response = readAll(socket.getInputStream());
      if (!response.startsWith("HTTP/")) {
        return new Answer(0, response);
      }
      int status = Integer.parseInt(response.substring(9, 12));
      int bodyStart = response.indexOf("\r\n\r\n");
      return new Answer(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
    } catch (SocketException closedOnUs) {
      return new Answer(0, "");
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not send " + request.lines().findFirst().orElse(""), e);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
