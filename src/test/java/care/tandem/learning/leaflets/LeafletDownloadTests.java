package care.tandem.learning.leaflets;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The leaflets' PDFs over real HTTP, for anyone, signed in or not. */
@FullApplicationTest
class LeafletDownloadTests {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void givesALeafletAsAnA4PdfWithACleanFileName() throws Exception {
    HttpResponse<byte[]> response = get("/learn/pain-and-mental-health-leaflet/leaflet.pdf", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"pain-and-mental-health-leaflet.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
    }
  }

  @Test
  void givesLargePrintOnMoreSidesUnderItsOwnName() throws Exception {
    HttpResponse<byte[]> response =
        get("/learn/pain-and-mental-health-staff-leaflet/leaflet.pdf?size=large", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"pain-and-mental-health-staff-leaflet-large-print.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
    }
  }

  @Test
  void answersNotModifiedWhenTheBrowserHasThisVersion() throws Exception {
    String path = "/learn/pain-and-mental-health-leaflet/leaflet.pdf";
    String etag = get(path, null).headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> again = get(path, etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void findsNoPdfForAPieceThatIsNotALeafletOrAnUnknownSlug() throws Exception {
    assertThat(get("/learn/pacing/leaflet.pdf", null).statusCode()).isEqualTo(404);
    assertThat(get("/learn/no-such-leaflet/leaflet.pdf?size=large", null).statusCode())
        .isEqualTo(404);
    assertThat(get("/learn/%2e%2e/leaflet.pdf", null).statusCode()).isBetween(400, 404);
  }

  private HttpResponse<byte[]> get(String path, @Nullable String ifNoneMatch)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
