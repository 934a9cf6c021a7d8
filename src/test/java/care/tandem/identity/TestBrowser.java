package care.tandem.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A cookie-keeping HTTP client against the running application, for session tests. */
public final class TestBrowser {

  public static final String DEMO_PASSWORD = "tandem-demo-2026";

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public TestBrowser(int port) {
    this.base = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** Posts a form; adds the CSRF token from {@code fromPage} unless the form already has one. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Opens the page, then posts its form (CSRF token included) with these values. */
  public HttpResponse<String> submit(
      String pagePath, String formAction, Map<String, String> values) {
    HttpResponse<String> page = get(pagePath);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", csrfToken(page.body()));
    form.putAll(values);
    return post(formAction, form);
  }

  public HttpResponse<String> signIn(String email, String password) {
    return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
  }

  public HttpResponse<String> signOut() {
    return submit("/account/password", "/sign-out", Map.of());
  }

  public Optional<String> sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("SESSION"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Replays a session cookie, as someone holding an old cookie would. */
  public void useSessionCookie(String value) {
    HttpCookie cookie = new HttpCookie("SESSION", value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), cookie);
  }

  public static String csrfToken(String html) {
    Element input = Jsoup.parse(html).selectFirst("input[name=_csrf]");
    if (input == null) {
      throw new AssertionError("No CSRF token on the page");
    }
    return input.attr("value");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
