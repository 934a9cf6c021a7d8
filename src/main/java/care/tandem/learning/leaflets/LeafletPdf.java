package care.tandem.learning.leaflets;

import care.tandem.learning.Piece;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * A leaflet piece as a print-ready A4 PDF: its Markdown turned into HTML, laid out by the print
 * template ({@code learning/leaflets/leafletPdf.jte}) and drawn by openhtmltopdf. Normal print
 * takes the largest text size that keeps the leaflet to two sides.
 */
@Component
class LeafletPdf {

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final TemplateEngine templates;

  LeafletPdf(TemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(Piece leaflet, LeafletPrint print) {
    String body = HTML.render(MARKDOWN.parse(leaflet.body()));
    byte[] pdf = new byte[0];
    for (double points : print.bodyPoints()) {
      pdf = pdf(html(leaflet, body, points, print));
      if (print.pageLimit() == 0 || pages(pdf) <= print.pageLimit()) {
        return pdf;
      }
    }
    // Still too long at the smallest size: a third side is better than text too small to read.
    return pdf;
  }

  private String html(Piece leaflet, String body, double points, LeafletPrint print) {
    var sheet =
        new LeafletSheet(
            leaflet.title(),
            leaflet.summary(),
            body,
            points,
            print == LeafletPrint.LARGE,
            footer(leaflet));
    StringOutput output = new StringOutput();
    templates.render("learning/leaflets/leafletPdf.jte", Map.of("sheet", sheet), output);
    return output.toString();
  }

  private static String footer(Piece leaflet) {
    return "Source: "
        + leaflet.source()
        + " Next review due "
        + DATE.format(leaflet.reviewBy())
        + ". Version "
        + leaflet.version()
        + ".";
  }

  private static byte[] pdf(String xhtml) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      new PdfRendererBuilder()
          .useFastMode()
          .withHtmlContent(xhtml, null)
          // Never fetch anything a leaflet names (an image or a link to another server).
          .useExternalResourceAccessControl(
              (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl(
              (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withProducer("Tandem")
          .toStream(bytes)
          .run();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the leaflet PDF", e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the leaflet PDF back", e);
    }
  }
}
