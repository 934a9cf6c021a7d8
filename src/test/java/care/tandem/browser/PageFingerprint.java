package care.tandem.browser;

import care.tandem.crawl.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jsoup.nodes.Document;

/**
 * Two pages with the same markup apart from per-request tokens and the signed-in person's name get
 * the same axe result, so the accessibility crawl checks each distinct page once, whoever sees it.
 */
final class PageFingerprint {

  private PageFingerprint() {}

  static String of(Page page) {
    Document document = page.document();
    document.select("input[type=hidden]").attr("value", "");
    document.select("meta[name^=_csrf]").attr("content", "");
    document.select(".nhsuk-header__account-item:not(:has(form, a))").html("");
    return sha256(document.outerHtml());
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
