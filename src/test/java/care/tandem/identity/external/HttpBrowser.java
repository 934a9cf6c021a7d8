package care.tandem.identity.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser made of real HTTP requests, with its own cookies, that follows no redirect by itself:
 * enough to go from Tandem to the test provider's sign-in form and back, stopping at any step.
 */
final class HttpBrowser {

  record Page(int status, URI address, String body) {

    /** The path and query of the address. */
    String path() {
      return address.getRawQuery() == null
          ? address.getRawPath()
          : address.getRawPath() + "?" + address.getRawQuery();
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final URI tandem;

  HttpBrowser(int tandemPort) {
    this.tandem = URI.create("http://127.0.0.1:" + tandemPort + "/");
  }

  /**
   * Starts signing in with a provider at Tandem and signs in at the provider's form as this user;
   * returns the address the provider sends the browser back to (Tandem's, with code and state).
   */
  URI signInAtProvider(String registrationId, String username) {
    HttpResponse<String> toProvider =
        get(tandem.resolve("/oauth2/authorization/" + registrationId));
    URI authorize = location(toProvider);
    HttpResponse<String> toForm = get(authorize);
    URI form = location(toForm);
    HttpResponse<String> signedIn =
        post(
            form,
            "username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password="
                + TestOpenIdProvider.PASSWORD);
    URI back = location(signedIn);
    return location(get(back));
  }

  /** Goes to an address and follows Tandem's redirects to the page they end on. */
  Page open(URI address) {
    URI at = address;
    for (int hops = 0; hops < 5; hops++) {
      HttpResponse<String> response = get(at);
      if (response.statusCode() / 100 != 3) {
        return new Page(response.statusCode(), at, response.body());
      }
      at = location(response);
    }
    throw new IllegalStateException("Too many redirects from " + address);
  }

  URI tandem(String path) {
    return tandem.resolve(path);
  }

  private HttpResponse<String> get(URI address) {
    return send(HttpRequest.newBuilder(address).GET().build());
  }

  private HttpResponse<String> post(URI address, String form) {
    return send(
        HttpRequest.newBuilder(address)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI location(HttpResponse<String> response) {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No redirect from "
                            + response.uri()
                            + " (status "
                            + response.statusCode()
                            + ")"));
    return response.uri().resolve(location);
  }
}
