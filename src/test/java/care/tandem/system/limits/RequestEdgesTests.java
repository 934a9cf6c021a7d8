package care.tandem.system.limits;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every request meets before any page (issue 12): a form body limited while it is read, no
 * stored session for a visitor who has not signed in, redirects that never name the Host header's
 * host, and the Open Referral UK API's errors in JSON.
 */
@FullApplicationTest
class RequestEdgesTests {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void refusesAnEndlessChunkedFormAfterReadingLittleOfIt() throws Exception {
    EndlessBody.Answer answer =
        EndlessBody.post(
            port,
            "/sign-in",
            Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
            "email=someone%40example.org&password=",
            100L * 1024 * 1024);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.headersAndBody()).contains("What you sent was too large");
    assertThat(answer.bytesSentBeforeAnswer()).isLessThan(16L * 1024 * 1024);
    assertThat(answer.headersAndBody()).doesNotContain("SESSION=");
  }

  @Test
  void refusesAFormDeclaredLargerThanTheLimitWithoutReadingIt() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "email=a&password=" + "x".repeat((int) RequestBodyLimits.FORMS)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("What you sent was too large");
  }

  @Test
  void anAnonymousVisitorReadingPublicPagesAndFormsGetsNoSession() throws Exception {
    for (String page :
        List.of("/", "/sign-in", "/guide", "/directory", "/contact", "/home", "/people")) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET().build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(page).isIn(200, 302);
      assertThat(response.headers().allValues("Set-Cookie"))
          .as(page)
          .noneMatch(cookie -> cookie.contains("SESSION=") || cookie.startsWith("JSESSIONID="));
    }
  }

  @Test
  void redirectsNeverNameTheHostTheRequestGave() throws Exception {
    for (String page : List.of("/home", "/people", "/admin/accounts", "/directory/saved")) {
      String answer =
          raw("GET " + page + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

      assertThat(answer).as(page).startsWith("HTTP/1.1 302");
      assertThat(location(answer)).as(page).isEqualTo("/sign-in");
    }
  }

  @Test
  void orukErrorsAreJsonNeverHtml() throws Exception {
    Map<String, Integer> requests =
        Map.of(
            "GET /oruk/no-such-thing", 404,
            "GET /oruk/services?page=many", 400,
            "POST /oruk/services", 405,
            "GET /oruk/services/not-a-uuid", 400);
    for (var request : requests.entrySet()) {
      String[] methodAndPath = request.getKey().split(" ");
      String answer =
          raw(
              methodAndPath[0]
                  + " "
                  + methodAndPath[1]
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                  + "Connection: close\r\n\r\n");

      assertThat(answer).as(request.getKey()).startsWith("HTTP/1.1 " + request.getValue());
      assertThat(answer).as(request.getKey()).containsIgnoringCase("Content-Type: application/");
      assertThat(answer).as(request.getKey()).containsIgnoringCase("json").doesNotContain("<html");
    }
    int overTheLimit = (int) RequestBodyLimits.FORMS + 1;
    String tooLarge =
        raw(
            "GET /oruk/services HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                + overTheLimit
                + "\r\nConnection: close\r\n\r\n"
                + "x".repeat(overTheLimit));
    assertThat(tooLarge)
        .startsWith("HTTP/1.1 413")
        .contains("\"status\":413")
        .doesNotContain("<html");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          answer.write(buffer, 0, read);
        }
      } catch (IOException reset) {
        // What came before the reset is the answer.
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String location(String answer) {
    return answer
        .lines()
        .takeWhile(line -> !line.isEmpty())
        .filter(line -> line.toLowerCase().startsWith("location:"))
        .map(line -> line.substring("location:".length()).strip())
        .findFirst()
        .orElse("");
  }
}
