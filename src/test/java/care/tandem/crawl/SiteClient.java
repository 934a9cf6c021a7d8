package care.tandem.crawl;

import care.tandem.coverage.RenderedTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A visitor over real HTTP with its own cookies, so each role has its own session. Redirects are
 * followed by hand so that every hop's status is kept.
 */
public final class SiteClient {

  private static final int MAX_REDIRECTS = 8;

  private final URI base;
  private final HttpClient http;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();
  private final @Nullable Map<String, Page> remembered;

  private SiteClient(URI base, boolean remembering) {
    this.base = base;
    this.remembered = remembering ? new ConcurrentHashMap<>() : null;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static SiteClient at(int port) {
    return new SiteClient(URI.create("http://localhost:" + port + "/"), false);
  }

  /** A fresh visitor signed in as the role through the real sign-in form (or nobody). */
  public static SiteClient signedInAs(int port, DemoRole role) {
    return signIn(at(port), role);
  }

  /**
   * A visitor signed in as the role who asks for each page once: a page asked for again (with no
   * headers of its own) is answered from what the first visit got. The shared crawl's visitors are
   * like this, so a page gate that crawls again costs no requests. Its requests say they come from
   * a page gate's client, for the template coverage table.
   */
  static SiteClient rememberingSignedInAs(int port, DemoRole role) {
    return signIn(new SiteClient(URI.create("http://localhost:" + port + "/"), true), role);
  }

  private static SiteClient signIn(SiteClient client, DemoRole role) {
    if (role.signedIn()) {
      SignInForm.signIn(client, role.email(), DemoRole.PASSWORD);
    }
    return client;
  }

  public URI base() {
    return base;
  }

  public Map<String, String> cookies() {
    return Map.copyOf(cookies);
  }

  public Page get(String pathAndQuery) {
    if (remembered == null) {
      return get(pathAndQuery, Map.of());
    }
    Page known = remembered.get(pathAndQuery);
    if (known != null) {
      return known;
    }
    Page page = get(pathAndQuery, Map.of());
    remembered.put(pathAndQuery, page);
    return page;
  }

  public Page get(String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
    headers.forEach(request::header);
    return follow(pathAndQuery, request);
  }

  public Page postForm(String path, Map<String, List<String>> fields) {
    String body =
        fields.entrySet().stream()
            .flatMap(
                field ->
                    field.getValue().stream()
                        .map(value -> encode(field.getKey()) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return follow(path, request);
  }

  private Page follow(String requested, HttpRequest.Builder first) {
    List<Integer> statuses = new ArrayList<>();
    HttpRequest request = withCookies(first).build();
    for (int hop = 0; ; hop++) {
      HttpResponse<String> response = send(request);
      statuses.add(response.statusCode());
      remember(response);
      String location = response.headers().firstValue("Location").orElse(null);
      boolean redirect = response.statusCode() >= 300 && response.statusCode() < 400;
      if (!redirect || location == null || hop == MAX_REDIRECTS) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Page(requested, response.uri(), statuses, type, response.body());
      }
      request = withCookies(HttpRequest.newBuilder(response.uri().resolve(location)).GET()).build();
    }
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
    request.timeout(Duration.ofSeconds(30));
    if (remembered != null) {
      request.setHeader(RenderedTemplates.GATE_CLIENT_HEADER, RenderedTemplates.gate());
    }
    if (!cookies.isEmpty()) {
      request.setHeader(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private void remember(HttpResponse<?> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      boolean expired = value.isEmpty() || header.toLowerCase().contains("max-age=0");
      if (expired) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not reach " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
