package care.tandem.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The plan as a tidy A4 PDF for the person to take to appointments: the same content as the print
 * view, in plain type with generous spacing.
 */
@Component
class PlanPdf {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  byte[] render(PlanPage plan, String printedOn) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Care plan for " + plan.personName());
      info.setCreator("Tandem");
      Writer out = new Writer(document);
      out.write("Care plan", out.bold, 22, 10);
      out.write(plan.personName(), out.regular, 14, 4);
      out.write(
          "Printed on "
              + printedOn
              + (plan.lastChange() == null ? "" : ". Last changed by " + plan.lastChange() + "."),
          out.regular,
          10,
          16);
      out.write("What matters to me", out.bold, 15, 6);
      if (plan.whatMatters().isEmpty()) {
        out.write("Not written yet.", out.regular, 11, 12);
      }
      for (String line : plan.whatMatters()) {
        out.write(line, out.regular, 11, 4);
      }
      out.space(10);
      for (PlanPage.Section section : plan.sections()) {
        section(out, section);
      }
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the care plan PDF", e);
    }
  }

  private static void section(Writer out, PlanPage.Section section) throws IOException {
    out.write(section.heading(), out.bold, 16, 8);
    out.write("Goals", out.bold, 12, 4);
    if (section.goals().isEmpty()) {
      out.write("No goals yet.", out.regular, 11, 8);
    }
    for (PlanPage.GoalView goal : section.goals()) {
      out.write(goal.title(), out.bold, 11, 2);
      out.write("Status: " + goal.status(), out.regular, 10, 2);
      for (String line : goal.target()) {
        out.write("How we will know: " + line, out.regular, 10, 2);
      }
      out.write("Owner: " + goal.owner(), out.regular, 10, 2);
      out.write("Review date: " + goal.reviewDate(), out.regular, 10, 8);
    }
    out.write("Actions", out.bold, 12, 4);
    if (section.actions().isEmpty()) {
      out.write("No actions yet.", out.regular, 11, 8);
    }
    for (PlanPage.ActionView action : section.actions()) {
      out.write((action.done() ? "Done: " : "To do: ") + action.what(), out.regular, 11, 2);
      out.write(
          "Who: " + action.assignee() + ". Due: " + action.dueDate() + ".", out.regular, 10, 8);
    }
    out.space(8);
  }

  /** Writes wrapped lines down the page, starting a new page when one is full. */
  private static final class Writer {

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream page;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void write(String text, PDFont font, float size, float after) throws IOException {
      for (String line : wrap(printable(text, font), font, size)) {
        if (y - size < MARGIN) {
          page.close();
          newPage();
        }
        y -= size * 1.3f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(line);
        page.endText();
      }
      y -= after;
    }

    void space(float points) {
      y -= points;
    }

    void close() throws IOException {
      page.close();
    }

    private void newPage() throws IOException {
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (line.isEmpty() || width(candidate, font, size) <= WIDTH) {
          line.setLength(0);
          line.append(candidate);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** The standard fonts cover Western European text; anything else is shown as "?". */
    private static String printable(String text, PDFont font) {
      StringBuilder out = new StringBuilder();
      text.replace('\t', ' ')
          .codePoints()
          .forEach(
              point -> {
                String character = new String(Character.toChars(point));
                try {
                  font.encode(character);
                  out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                  out.append('?');
                }
              });
      return out.toString();
    }
  }
}
