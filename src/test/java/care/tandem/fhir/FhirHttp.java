package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Plain HTTP against the running FHIR server, as another system would call it. */
final class FhirHttp {

  private final HttpClient client = HttpClient.newHttpClient();
  private final FhirContext fhir;
  private final String base;

  FhirHttp(FhirContext fhir, int port) {
    this.fhir = fhir;
    this.base = "http://localhost:" + port + "/fhir";
  }

  HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  HttpResponse<String> getWithoutToken(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** A GET of a path from the site's root (not the FHIR base), without a token. */
  HttpResponse<String> getAbsoluteWithoutToken(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base.substring(0, base.length() - 5) + path))
            .GET()
            .build());
  }

  HttpResponse<String> send(String method, String path, String token) {
    return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  HttpResponse<String> post(String path, String body, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The resource a successful request returned. */
  <T extends IBaseResource> T read(String path, String token, Class<T> type) {
    HttpResponse<String> response = get(path, token);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return parse(response, type);
  }

  Bundle search(String path, String token) {
    return read(path, token, Bundle.class);
  }

  <T extends IBaseResource> T parse(HttpResponse<String> response, Class<T> type) {
    return fhir.newJsonParser().parseResource(type, response.body());
  }

  static <T extends Resource> java.util.List<T> entries(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/fhir+json");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Request to " + request.uri() + " failed", e);
    }
  }
}
