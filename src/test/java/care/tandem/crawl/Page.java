package care.tandem.crawl;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One response as a visitor got it, after following redirects: the address asked for, where it
 * ended up, every status on the way and the body.
 */
public record Page(
    String requested, URI address, List<Integer> statuses, String contentType, String body) {

  public int status() {
    return statuses.get(statuses.size() - 1);
  }

  /** The worst status seen on the way, so a failing redirect hop is never hidden. */
  public int worstStatus() {
    return statuses.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  public boolean isHtml() {
    return contentType.startsWith("text/html");
  }

  /** The path and query it ended on, which is what a browser would show. */
  public String finalPath() {
    return address.getRawQuery() == null
        ? address.getRawPath()
        : address.getRawPath() + "?" + address.getRawQuery();
  }

  public Document document() {
    return Jsoup.parse(body, address.toString());
  }
}
