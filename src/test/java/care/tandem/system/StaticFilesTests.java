package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The design system's CSS and JavaScript go out gzipped from copies made at build time (no request
 * pays for compressing 278 KB), with a year-long cache lifetime, and plain to clients without gzip.
 */
@FullApplicationTest
class StaticFilesTests {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sendsThePrecompressedStylesheetToBrowsersThatAcceptGzip() throws Exception {
    HttpResponse<byte[]> css = get("/nhsuk/nhsuk-frontend.min.css", "gzip, deflate, br");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(css.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(css.headers().allValues("Vary"))
        .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
    assertThat(css.body().length).isLessThan(40_000);
    // Compressing on the fly streams without a length; a file made at build time has one.
    assertThat(css.headers().firstValueAsLong("Content-Length")).hasValue(css.body().length);
  }

  @Test
  void sendsTheScriptPrecompressedToo() throws Exception {
    HttpResponse<byte[]> js = get("/nhsuk/nhsuk-frontend.min.js", "gzip");

    assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(js.body().length).isLessThan(20_000);
  }

  @Test
  void sendsThePlainFileToClientsWithoutGzip() throws Exception {
    HttpResponse<byte[]> css = get("/nhsuk/nhsuk-frontend.min.css", "identity");

    assertThat(css.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(css.body(), 0, 200)).doesNotContain("\uFFFD");
    assertThat(css.body().length).isGreaterThan(200_000);
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", acceptEncoding)
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
