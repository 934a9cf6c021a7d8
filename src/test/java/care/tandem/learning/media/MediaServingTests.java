package care.tandem.learning.media;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Serving stored media over real HTTP: headers, caching and every kind of range request. */
@FullApplicationTest
class MediaServingTests {

  @Autowired MediaStore store;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();
  byte[] video;
  MediaItem item;

  @BeforeEach
  void aStoredVideo() {
    video = MediaStoreTests.uniqueMp4();
    item = store.store(new ByteArrayInputStream(video), "Pain and mood \"video\".mp4");
  }

  @Test
  void servesTheWholeFileWithItsTypeAndALongCacheLifetime() throws Exception {
    HttpResponse<byte[]> response = send("GET", item.path());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(video);
    assertThat(header(response, "Content-Type")).isEqualTo("video/mp4");
    assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(video.length));
    assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(header(response, "ETag")).isEqualTo("\"" + item.hash() + "\"");
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
    assertThat(header(response, "Content-Disposition"))
        .startsWith("inline; filename=")
        .contains("Pain and mood _video_.mp4");
  }

  @Test
  void answersARepeatVisitWithNotModified() throws Exception {
    HttpResponse<byte[]> response =
        send("GET", item.path(), "If-None-Match", "\"" + item.hash() + "\"");
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aHeadRequestHasTheHeadersAndNoBody() throws Exception {
    HttpResponse<byte[]> response = send("HEAD", item.path());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(video.length));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void servesASingleRange() throws Exception {
    HttpResponse<byte[]> response = send("GET", item.path(), "Range", "bytes=0-99");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(header(response, "Content-Range")).isEqualTo("bytes 0-99/" + video.length);
    assertThat(header(response, "Content-Type")).isEqualTo("video/mp4");
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(video, 0, 100));
  }

  @Test
  void servesASuffixRangeAndAnOpenRange() throws Exception {
    HttpResponse<byte[]> suffix = send("GET", item.path(), "Range", "bytes=-10");
    assertThat(suffix.statusCode()).isEqualTo(206);
    assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 10, video.length));
    HttpResponse<byte[]> open = send("GET", item.path(), "Range", "bytes=500-");
    assertThat(header(open, "Content-Range"))
        .isEqualTo("bytes 500-" + (video.length - 1) + "/" + video.length);
    assertThat(open.body()).isEqualTo(Arrays.copyOfRange(video, 500, video.length));
  }

  @Test
  void servesSeveralRangesAsMultipartByteranges() throws Exception {
    HttpResponse<byte[]> response = send("GET", item.path(), "Range", "bytes=0-9,20-29");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(header(response, "Content-Type")).startsWith("multipart/byteranges; boundary=");
    String body = new String(response.body(), StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains("Content-Type: video/mp4\r\nContent-Range: bytes 0-9/" + video.length)
        .contains("Content-Range: bytes 20-29/" + video.length)
        .contains(new String(Arrays.copyOfRange(video, 20, 30), StandardCharsets.ISO_8859_1));
    assertThat(header(response, "Content-Length"))
        .isEqualTo(String.valueOf(response.body().length));
  }

  @Test
  void refusesRangesItCannotServeWithTheSize() throws Exception {
    String tooMany = "bytes=0-0,2-2,4-4,6-6,8-8,10-10,12-12,14-14,16-16,18-18,20-20";
    for (String range :
        new String[] {"bytes=abc", "bytes=5-1", "bytes=0-50,40-60", tooMany, "bytes=99999-"}) {
      HttpResponse<byte[]> response = send("GET", item.path(), "Range", range);
      assertThat(response.statusCode()).as(range).isEqualTo(416);
      assertThat(header(response, "Content-Range")).as(range).isEqualTo("bytes */" + video.length);
    }
  }

  @Test
  void sendsTheWholeFileWhenTheRangeIsForAnOlderVersion() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(item.path()))
            .header("Range", "bytes=0-9")
            .header("If-Range", "\"an-older-version\"")
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(video);
  }

  @Test
  void servesCaptionsAsWebVtt() throws Exception {
    byte[] captions =
        ("WEBVTT\n\n00:00.000 --> 00:01.000\n" + item.hash() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    MediaItem stored = store.store(new ByteArrayInputStream(captions), "pain-and-mood.vtt");
    HttpResponse<byte[]> response = send("GET", stored.path());
    assertThat(header(response, "Content-Type")).startsWith("text/vtt");
    assertThat(response.body()).isEqualTo(captions);
  }

  @Test
  void anUnknownOrMalformedHashIsNotFound() throws Exception {
    assertThat(send("GET", "/learn/media/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/learn/media/" + item.hash().toUpperCase()).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "/learn/media/not-a-hash").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/learn/media/..%2F..%2Fetc%2Fpasswd").statusCode()).isBetween(400, 404);
  }

  private HttpResponse<byte[]> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }
}
