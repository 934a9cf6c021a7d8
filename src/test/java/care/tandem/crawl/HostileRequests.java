package care.tandem.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The odd, oversized and hostile requests every GET route must survive without a server error:
 * broken or huge query strings and paths, null bytes, and headers no browser would send.
 */
final class HostileRequests {

  /** One request: what it tries, the request target and the headers sent. */
  record Request(String name, String target, Map<String, String> headers) {}

  private static final List<String> HOSTILE_VALUES =
      List.of(
          "%00",
          "%ZZ",
          "%",
          "%C0%AF",
          "%F0%9F%92%A9",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "'%20OR%201=1%20--",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "-1",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "x".repeat(5_000));

  private static final Map<String, Map<String, String>> HOSTILE_HEADERS = hostileHeaders();

  /**
   * The requests every viewer sends to every route, aimed at what every request crosses (the
   * connector's parsing of the path, query and headers, sessions, the access rules).
   */
  static final Set<String> FOR_EVERY_VIEWER =
      Set.of(
          "query %ZZ",
          "2,000 parameters",
          "path with a null byte",
          "path with a stray percent",
          "header of 20,000 characters",
          "Host of another site",
          "made-up session cookie");

  private HostileRequests() {}

  static List<Request> forRoute(String path, Set<String> parameters, String cookie) {
    List<Request> requests = new ArrayList<>();
    Set<String> names = parameters.isEmpty() ? Set.of("q") : parameters;
    for (String value : HOSTILE_VALUES) {
      String query =
          names.stream().map(name -> name + "=" + value).collect(Collectors.joining("&"));
      requests.add(new Request("query " + shorten(value), path + "?" + query, Map.of()));
    }
    String first = names.iterator().next();
    requests.add(
        new Request("repeated parameter", path + "?" + first + "=a&" + first + "=b", Map.of()));
    requests.add(
        new Request("array parameter", path + "?" + first + "[]=a&" + first + ".x=b", Map.of()));
    requests.add(
        new Request("class loader parameter", path + "?class.module.classLoader.x=1", Map.of()));
    requests.add(
        new Request("query of 20,000 characters", path + "?q=" + "y".repeat(20_000), Map.of()));
    requests.add(
        new Request(
            "2,000 parameters",
            path
                + "?"
                + IntStream.range(0, 2_000)
                    .mapToObj(i -> "p" + i + "=1")
                    .collect(Collectors.joining("&")),
            Map.of()));
    String base = path.endsWith("/") ? path : path + "/";
    requests.add(new Request("path of 3,000 characters", base + "a".repeat(3_000), Map.of()));
    requests.add(new Request("path with a null byte", path + "%00", Map.of()));
    requests.add(new Request("path climbing out", base + "%2e%2e/%2e%2e/etc/passwd", Map.of()));
    requests.add(new Request("path with an encoded slash", base + "a%2Fb", Map.of()));
    requests.add(new Request("path with a matrix parameter", path + ";jsessionid=x", Map.of()));
    requests.add(new Request("path with a stray percent", path + "%", Map.of()));
    requests.add(new Request("path with a semicolon trick", base + "..;/admin", Map.of()));
    HOSTILE_HEADERS.forEach((name, headers) -> requests.add(new Request(name, path, headers)));
    if (!cookie.isEmpty()) {
      return requests.stream()
          .map(
              request ->
                  new Request(
                      request.name(), request.target(), withCookie(request.headers(), cookie)))
          .toList();
    }
    return requests;
  }

  /** The hostile query values a second viewer of a route sends: one of each family. */
  private static final Set<String> QUERY_FAMILIES =
      Set.of("query %00", "query %ZZ", "query %F0%9F%92%A9", "query -1", "query 1e309");

  /**
   * Of a route's requests, those a second viewer that reached it sends: the path attacks and one
   * hostile query value of each family (encoding, characters, numbers), not the headers.
   */
  static List<Request> forAnotherViewer(List<Request> requests) {
    return requests.stream()
        .filter(request -> !HOSTILE_HEADERS.containsKey(request.name()))
        .filter(
            request ->
                !request.name().startsWith("query ") || QUERY_FAMILIES.contains(request.name()))
        .toList();
  }

  /** Of a route's requests, those in {@link #FOR_EVERY_VIEWER}. */
  static List<Request> forEveryViewer(List<Request> requests) {
    return requests.stream().filter(request -> FOR_EVERY_VIEWER.contains(request.name())).toList();
  }

  private static Map<String, String> withCookie(Map<String, String> headers, String cookie) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putIfAbsent("Cookie", cookie);
    return all;
  }

  private static Map<String, Map<String, String>> hostileHeaders() {
    Map<String, Map<String, String>> headers = new LinkedHashMap<>();
    headers.put("Accept JSON", Map.of("Accept", "application/json"));
    headers.put("Accept an image", Map.of("Accept", "image/png"));
    headers.put("Accept garbage", Map.of("Accept", "garbage/;;;q=x"));
    headers.put("Accept with a bad weight", Map.of("Accept", "text/html;q=abc"));
    headers.put("Accept-Language garbage", Map.of("Accept-Language", "zz-ZZ;;q=x,*;q=-1"));
    headers.put("Host of another site", Map.of("Host", "evil.example"));
    headers.put("empty Host", Map.of("Host", ""));
    headers.put("Host with a bad port", Map.of("Host", "localhost:99999999"));
    headers.put(
        "forwarded headers of another site",
        Map.of(
            "X-Forwarded-Host", "evil.example",
            "X-Forwarded-Proto", "gopher",
            "X-Forwarded-For", "not-an-address",
            "X-Forwarded-Port", "-1",
            "Forwarded", "for=\"[garbage\";proto=bogus"));
    headers.put("header of 20,000 characters", Map.of("X-Padding", "a".repeat(20_000)));
    headers.put("User-Agent of 6,000 characters", Map.of("User-Agent", "b".repeat(6_000)));
    headers.put("made-up session cookie", Map.of("Cookie", "SESSION=" + "c".repeat(4_000)));
    headers.put("session cookie with a null byte", Map.of("Cookie", "SESSION=%00; JSESSIONID=%00"));
    headers.put("bad If-Modified-Since", Map.of("If-Modified-Since", "yesterday-ish"));
    headers.put("bad Range", Map.of("Range", "bytes=999999-1,abc"));
    headers.put(
        "bad Content-Type on a GET", Map.of("Content-Type", "multipart/form-data; boundary="));
    headers.put("script in Referer", Map.of("Referer", "javascript:alert(1)"));
    return headers;
  }

  private static String shorten(String value) {
    return value.length() > 30
        ? value.substring(0, 10) + "… (" + value.length() + " characters)"
        : value;
  }
}
