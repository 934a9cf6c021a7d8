package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.crawl.Page;
import care.tandem.crawl.SharedCrawl;
import care.tandem.crawl.SiteClient;
import care.tandem.crawl.SiteCrawler;
import care.tandem.readability.PageReading.Audience;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scores the reading ease of every rendered page a visitor can reach, writes the figures to {@code
 * target/reading-ease.md} and fails when a patient-facing page or guide page is harder to read than
 * its agreed floor (see {@code docs/reading-ease.md}).
 */
@FullApplicationTest
@Order(5)
@PageGate("reading ease")
@Execution(ExecutionMode.SAME_THREAD)
class PageReadingEaseTests {

  private static final List<String> PATIENT_FACING =
      List.of("/", "/sign-in", "/accessibility", "/privacy", "/contact");
  private static final Path REPORT = Path.of("target", "reading-ease.md");

  @LocalServerPort int port;

  @Test
  void patientFacingAndGuidePagesAreAsEasyToReadAsAgreed() throws IOException {
    List<PageReading> readings = new ArrayList<>();
    SiteClient visitor = SharedCrawl.visitor(port, DemoRole.ANONYMOUS);
    Map<String, Page> pages =
        new SiteCrawler(visitor).crawlFrom(List.of("/", "/guide", "/principles")).pages();
    for (String path : PATIENT_FACING) {
      Page page = visitor.get(path);
      if (page.isHtml() && page.status() == 200) {
        readings.add(reading(path, Audience.PATIENT_FACING, page.document()));
      }
    }
    errorPages()
        .forEach(
            (name, page) -> readings.add(reading(name, Audience.PATIENT_FACING, page.document())));
    pages.forEach(
        (path, page) -> {
          if (page.status() == 200 && page.isHtml() && !PATIENT_FACING.contains(path)) {
            Document document = page.document();
            readings.add(reading(path, audienceOf(path), document));
            personSection(document)
                .ifPresent(
                    section ->
                        readings.add(
                            new PageReading(
                                path + " – what it means for the person",
                                Audience.PATIENT_FACING,
                                ReadingEase.of(section))));
          }
        });
    for (Audience audience : Audience.values()) {
      poolShortPages(readings, audience).ifPresent(readings::add);
    }
    readings.sort(
        Comparator.comparing((PageReading reading) -> reading.audience())
            .thenComparing(reading -> reading.ease().score()));
    ReadingEaseReport.write(REPORT, readings);

    assertThat(readings)
        .as("pages below their reading-ease floor (figures in %s)", REPORT)
        .filteredOn(PageReading::belowFloor)
        .extracting(PageReading::row)
        .isEmpty();
  }

  /** The error pages a person can meet: an unknown address, and (signed in) a page not theirs. */
  private Map<String, Page> errorPages() {
    List<Page> pages = new ArrayList<>();
    pages.add(SharedCrawl.visitor(port, DemoRole.ANONYMOUS).get("/guide/problems/no-such-problem"));
    if (DemoRole.crawled().contains(DemoRole.PATIENT)) {
      SiteClient patient = SharedCrawl.visitor(port, DemoRole.PATIENT);
      pages.add(patient.get("/no-such-page"));
      pages.add(patient.get("/admin"));
    }
    Map<String, Page> byName = new LinkedHashMap<>();
    pages.stream()
        .filter(page -> page.isHtml() && page.status() >= 400)
        .forEach(
            page -> byName.put("error page " + page.status() + " at " + page.requested(), page));
    return byName;
  }

  /** Short pages are too small a sample on their own, so they are judged together. */
  private static Optional<PageReading> poolShortPages(
      List<PageReading> readings, Audience audience) {
    List<PageReading> shortPages =
        readings.stream()
            .filter(reading -> reading.audience() == audience && reading.isShort())
            .toList();
    if (shortPages.size() < 2) {
      return Optional.empty();
    }
    ReadingEase pooled =
        shortPages.stream().map(PageReading::ease).reduce(ReadingEase.NONE, ReadingEase::plus);
    return Optional.of(
        new PageReading("(" + shortPages.size() + " short pages together)", audience, pooled));
  }

  private static Audience audienceOf(String path) {
    return path.startsWith("/guide") ? Audience.GUIDE : Audience.OTHER;
  }

  private static PageReading reading(String path, Audience audience, Document document) {
    return new PageReading(path, audience, ReadingEase.of(MainText.of(document)));
  }

  /** The "What it means for the person" part of a principle page, up to the next H2. */
  private static Optional<List<String>> personSection(Document document) {
    Element heading =
        document.select("main h2").stream()
            .filter(h2 -> h2.text().toLowerCase().contains("for the person"))
            .findFirst()
            .orElse(null);
    if (heading == null) {
      return Optional.empty();
    }
    List<String> blocks = new ArrayList<>();
    blocks.add(heading.text());
    for (Element next = heading.nextElementSibling();
        next != null && !next.tagName().equals("h2");
        next = next.nextElementSibling()) {
      blocks.addAll(MainText.of(next));
    }
    return Optional.of(blocks);
  }
}
