package care.tandem.directory.oruk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads another directory's ORUK API: walks {@code /services?page=n&per_page=100} to the last page
 * and fetches each {@code /services/{id}} fully nested. Only http and https; every request has a
 * timeout and every answer a size limit, so a slow or hostile feed cannot hang or flood an import.
 */
final class OrukFeed {

  static final int PER_PAGE = 100;
  static final int MAXIMUM_BYTES = 16 * 1024 * 1024;
  static final int MAXIMUM_PAGES = 10_000;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final JsonMapper json = JsonMapper.builder().build();

  /** Thrown when the feed cannot be read; the message says why, for the report. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  static boolean isFeed(String location) {
    return location.startsWith("http://") || location.startsWith("https://");
  }

  List<JsonNode> services(String baseUrl) throws Unreadable {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (!isFeed(base)) {
      throw new Unreadable("a feed address starts with https:// or http://");
    }
    List<JsonNode> services = new ArrayList<>();
    int totalPages = 1;
    for (int page = 1; page <= totalPages && page <= MAXIMUM_PAGES; page++) {
      JsonNode list = get(base + "/services?page=" + page + "&per_page=" + PER_PAGE);
      totalPages = list.path("total_pages").asInt(1);
      for (JsonNode summary : list.path("contents")) {
        String id = summary.path("id").asString("");
        if (!id.matches("[0-9a-fA-F-]{36}")) {
          throw new Unreadable("page " + page + " lists a service without a UUID id");
        }
        services.add(get(base + "/services/" + id));
      }
    }
    return services;
  }

  private JsonNode get(String url) throws Unreadable {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new Unreadable(url + " answered " + response.statusCode());
        }
        byte[] content = body.readNBytes(MAXIMUM_BYTES + 1);
        if (content.length > MAXIMUM_BYTES) {
          throw new Unreadable(url + " sent more than " + MAXIMUM_BYTES / 1024 / 1024 + " MB");
        }
        return json.readTree(content);
      }
    } catch (IOException | tools.jackson.core.JacksonException e) {
      throw new Unreadable(url + " could not be read: " + OrukImporter.firstLine(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreadable(url + " was interrupted");
    } catch (IllegalArgumentException e) {
      throw new Unreadable(url + " is not a web address we can use");
    }
  }
}
