package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page, accessibility statement, privacy notice and contact page, over real HTTP. */
@FullApplicationTest
class InformationPagesTests {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void connect() {
    http = new Http(port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/accessibility", "/privacy", "/contact"})
  void servesThePageWithOneHeadingAndATitle(String path) {
    HttpResponse<String> response = http.get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Http.page(response);
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.title()).endsWith(" – Tandem").doesNotStartWith(" –");
    assertThat(page.select("footer a").eachAttr("href"))
        .contains("/accessibility", "/privacy", "/contact");
  }

  @Test
  void startPageSaysWhatTandemIsAndLinksToTheGuideAndPrinciples() {
    Document page = Http.page(http.get("/"));

    assertThat(page.select("main").text())
        .contains("mental health problems")
        .contains("back or neck pain")
        .contains("Who Tandem is for");
    assertThat(page.select("main a").eachAttr("href"))
        .contains("/guide", "/principles", "/sign-in");
  }

  @Test
  void accessibilityStatementFollowsThePublicSectorFormat() {
    String statement = Http.page(http.get("/accessibility")).select("main").text();

    assertThat(statement)
        .contains(
            "partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA")
        .contains("Non-accessible content")
        .contains("different format")
        .contains("Equality and Human Rights Commission (EHRC)")
        .contains("Equality Commission for Northern Ireland (ECNI)")
        .contains("axe-core")
        .contains("only a keyboard")
        .contains("This statement was prepared on 26 November 2026");
  }

  @Test
  void privacyNoticeGivesTheLawfulBasesRightsAndTheRegulator() {
    String notice = Http.page(http.get("/privacy")).select("main").text();

    assertThat(notice)
        .contains("the Tandem demonstration team")
        .contains("special category")
        .contains("Article 6(1)(e)")
        .contains("Article 9(2)(h)")
        .contains("Only the people in your care team can see your record")
        .contains("every time someone looks at or changes your record")
        .contains("Records Management Code of Practice")
        .contains("dpo@demo.tandem")
        .contains("ico.org.uk");
  }

  @Test
  void contactPageSendsUrgentMedicalNeedsElsewhere() {
    Document page = Http.page(http.get("/contact"));

    assertThat(page.select(".nhsuk-card--care--urgent").text())
        .contains("999")
        .contains("111")
        .contains("116 123");
    assertThat(page.select("main a[href^=mailto:]").eachAttr("href"))
        .contains("mailto:help@demo.tandem");
  }

  @Test
  void servesTheDesignSystemStylesCompressedAndCachedForAYear() {
    HttpResponse<byte[]> css =
        http.getBytes("/nhsuk/nhsuk-frontend.min.css", "Accept-Encoding", "gzip");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(
            value -> assertThat(value).contains("max-age=31536000").contains("public"));
    // Gzip starts with 1f 8b: the bytes on the wire really are compressed.
    assertThat(css.body()).startsWith((byte) 0x1f, (byte) 0x8b);
  }

  @Test
  void servesScriptsAndImagesCachedForAYear() {
    for (String asset :
        new String[] {
          "/nhsuk/nhsuk-frontend.min.js", "/js/tandem.js", "/assets/images/favicon.svg"
        }) {
      HttpResponse<byte[]> response = http.getBytes(asset, "Accept-Encoding", "gzip");

      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .as(asset)
          .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
    }
  }

  @Test
  void compressesPagesWhenTheBrowserAsks() {
    HttpResponse<byte[]> page = http.getBytes("/privacy", "Accept-Encoding", "gzip");

    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }
}
