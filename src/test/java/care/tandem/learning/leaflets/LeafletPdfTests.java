package care.tandem.learning.leaflets;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.learning.Piece;
import com.sun.net.httpserver.HttpServer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The leaflets as PDFs, read back with PDFBox: sides, paper, text and type size. */
class LeafletPdfTests {

  static final LeafletPdf MAKER =
      new LeafletPdf(TemplateEngine.createPrecompiled(ContentType.Html));

  @Test
  void printsThePeopleLeafletOnTwoSidesOfA4WithItsSourceAndReviewDate() throws IOException {
    try (PDDocument pdf = render(LeafletFixtures.PEOPLE_LEAFLET, LeafletPrint.NORMAL)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      for (PDPage page : pdf.getPages()) {
        // A4 is 210 x 297 mm: 595 x 842 points.
        assertThat(page.getMediaBox().getWidth()).isBetween(594f, 596f);
        assertThat(page.getMediaBox().getHeight()).isBetween(841f, 843f);
      }
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Pain and your mental health")
          .contains("Where to get help now")
          .contains("116 123")
          .contains("Source: Written by the Tandem team")
          .contains("Next review due 6 June 2027")
          .contains("Page 2 of 2");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Pain and your mental health");
    }
  }

  @Test
  void printsTheStaffLeafletOnTwoSides() throws IOException {
    try (PDDocument pdf = render(LeafletFixtures.STAFF_LEAFLET, LeafletPrint.NORMAL)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("A staff guide to pain and mental health");
    }
  }

  @Test
  void largePrintHasText16PointOrBiggerOnMoreSides() throws IOException {
    try (PDDocument normal = render(LeafletFixtures.PEOPLE_LEAFLET, LeafletPrint.NORMAL);
        PDDocument large = render(LeafletFixtures.PEOPLE_LEAFLET, LeafletPrint.LARGE)) {
      assertThat(large.getNumberOfPages()).isGreaterThan(normal.getNumberOfPages());
      assertThat(commonestTextSize(normal)).isBetween(9f, 12f);
      assertThat(commonestTextSize(large)).isGreaterThanOrEqualTo(16f);
      assertThat(new PDFTextStripper().getText(large)).contains("Large print leaflet");
    }
  }

  @Test
  void showsHtmlInTheMarkdownAsTextRatherThanMarkup() throws IOException {
    Piece hostile =
        withBody(
            LeafletFixtures.PEOPLE_LEAFLET,
            "## A & B\n\n<script>alert(1)</script> <b>not bold</b> [link](javascript:alert(1))");
    try (PDDocument pdf = render(hostile, LeafletPrint.NORMAL)) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("A & B")
          .contains("<script>alert(1)</script>")
          .contains("<b>not bold</b>");
    }
  }

  @Test
  void fetchesNothingTheLeafletNames() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String address = "http://127.0.0.1:" + server.getAddress().getPort();
      Piece naming =
          withBody(
              LeafletFixtures.PEOPLE_LEAFLET,
              "![A picture](" + address + "/picture.png)\n\n[More](" + address + "/more)");
      try (PDDocument pdf = render(naming, LeafletPrint.NORMAL)) {
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      }
    } finally {
      server.stop(0);
    }
    assertThat(requests).hasValue(0);
  }

  private static PDDocument render(Piece leaflet, LeafletPrint print) throws IOException {
    return Loader.loadPDF(MAKER.render(leaflet, print));
  }

  /** The type size of most of the letters: the body text's. */
  private static float commonestTextSize(PDDocument pdf) throws IOException {
    List<Float> sizes = Collections.synchronizedList(new ArrayList<>());
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            positions.forEach(position -> sizes.add(position.getFontSizeInPt()));
          }
        };
    stripper.getText(pdf);
    Map<Float, Long> counts =
        sizes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static Piece withBody(Piece piece, String body) {
    return new Piece(
        piece.slug(),
        piece.title(),
        piece.summary(),
        piece.kind(),
        piece.audience(),
        piece.topics(),
        piece.minutes(),
        piece.source(),
        piece.reviewBy(),
        piece.version(),
        body,
        piece.media(),
        piece.captions());
  }
}
