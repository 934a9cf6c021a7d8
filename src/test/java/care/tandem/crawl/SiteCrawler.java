package care.tandem.crawl;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link and submits every GET form (a search form with a word that matches and one
 * that does not) that a visitor can see, breadth first, staying on the site.
 */
public final class SiteCrawler {

  /** Words typed into GET forms: one that should find guide content, one that never does. */
  public static final List<String> SEARCH_WORDS = List.of("pain", "zzqxjv");

  private static final List<String> NOT_PAGES =
      List.of(
          "/assets/",
          "/nhsuk/",
          "/css/",
          "/js/",
          "/favicon",
          "/sign-out",
          // NHS login and NHS CIS2: off to the (test) OpenID provider, not a Tandem page.
          "/oauth2/",
          "/login/oauth2/");
  private static final int MAX_PAGES = 3000;

  /**
   * Coverage by template, not by count: a path shape (the path with its ids and numbers taken out,
   * so every goal of every person is one shape) is visited with at most this many different ids,
   * and with at most {@link #MAX_QUERY_VARIANTS_PER_SHAPE} different queries. The same template
   * filled with the thousandth goal finds nothing the first few did not.
   */
  static final int MAX_PATHS_PER_SHAPE = 6;

  private static final int MAX_QUERY_VARIANTS_PER_SHAPE = 24;
  private static final Pattern ID_OR_NUMBER =
      Pattern.compile(
          "(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+)(?=/|$)");

  private final SiteClient client;
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Map<String, Integer> variantsPerShape = new HashMap<>();
  private final Map<String, Set<String>> pathsPerShape = new HashMap<>();
  private final Deque<String> queue = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();

  public SiteCrawler(SiteClient client) {
    this.client = client;
  }

  /** Visits the seeds and every page reachable from them that was not visited before. */
  public SiteCrawler crawlFrom(Collection<String> seeds) {
    seeds.forEach(this::enqueue);
    run();
    return this;
  }

  /** Every page visited so far, keyed by the path and query asked for, in the order visited. */
  public Map<String, Page> pages() {
    return Collections.unmodifiableMap(pages);
  }

  private void run() {
    while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
      String next = queue.removeFirst();
      Page page = client.get(next);
      pages.put(next, page);
      if (page.isHtml() && page.address().getPort() == client.base().getPort()) {
        Document document = page.document();
        document.select("a[href]").forEach(link -> enqueue(link.absUrl("href")));
        document.select("form").forEach(this::submitIfGet);
      }
    }
  }

  private void submitIfGet(Element form) {
    if (!form.attr("method").isBlank() && !form.attr("method").equalsIgnoreCase("get")) {
      return;
    }
    String action = form.hasAttr("action") ? form.absUrl("action") : form.baseUri();
    for (String word : SEARCH_WORDS) {
      String query =
          form.select("input[name], select[name]").stream()
              .map(field -> valueFor(field, word).map(value -> pair(field.attr("name"), value)))
              .flatMap(Optional::stream)
              .collect(Collectors.joining("&"));
      enqueue(action.split("\\?", 2)[0] + "?" + query);
    }
  }

  private static Optional<String> valueFor(Element field, String word) {
    if (field.tagName().equals("select")) {
      Element selected = field.selectFirst("option[selected]");
      return Optional.ofNullable(selected).map(Element::val);
    }
    return switch (field.attr("type").toLowerCase()) {
      case "checkbox", "radio" ->
          field.hasAttr("checked") ? Optional.of(field.val()) : Optional.empty();
      case "submit", "button", "image", "reset" -> Optional.empty();
      case "hidden" -> Optional.of(field.val());
      default -> Optional.of(word);
    };
  }

  private void enqueue(String address) {
    URI uri;
    try {
      uri = client.base().resolve(address.split("#", 2)[0]);
    } catch (IllegalArgumentException notAnAddress) {
      return;
    }
    boolean onSite =
        "http".equals(uri.getScheme())
            && client.base().getHost().equals(uri.getHost())
            && client.base().getPort() == uri.getPort();
    String path = uri.getRawPath();
    if (!onSite || path == null || NOT_PAGES.stream().anyMatch(path::startsWith)) {
      return;
    }
    String key = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    if (seen.contains(key)) {
      return;
    }
    String shape = ID_OR_NUMBER.matcher(path).replaceAll("{id}");
    Set<String> paths = pathsPerShape.computeIfAbsent(shape, any -> new HashSet<>());
    if (!paths.contains(path) && paths.size() >= MAX_PATHS_PER_SHAPE) {
      return;
    }
    if (uri.getRawQuery() != null
        && variantsPerShape.merge(shape, 1, Integer::sum) > MAX_QUERY_VARIANTS_PER_SHAPE) {
      return;
    }
    paths.add(path);
    seen.add(key);
    queue.addLast(key);
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
