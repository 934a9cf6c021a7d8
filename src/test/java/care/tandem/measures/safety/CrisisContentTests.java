package care.tandem.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Hazard H7: the crisis contacts on screen are the ones last reviewed. A change to the template
 * fails here until docs/clinical-safety/crisis-content.md records its review.
 */
class CrisisContentTests {

  static final Path TEMPLATE = Path.of("src/main/jte/measures/crisis-support.jte");
  static final Path RECORD = Path.of("docs/clinical-safety/crisis-content.md");

  static Document rendered() {
    StringOutput output = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html)
        .render(
            "measures/crisis-support.jte",
            Map.<String, Object>of("whenSeen", "Your team will look within 1 working day."),
            output);
    return Jsoup.parse(output.toString());
  }

  static String record() throws Exception {
    return Files.readString(RECORD);
  }

  @Test
  void everyPhoneAndTextLinkIsTheOneReviewed() throws Exception {
    String record = record();
    String list =
        record.substring(
            record.indexOf("<!-- contacts:begin -->"), record.indexOf("<!-- contacts:end -->"));
    Matcher contact = Pattern.compile("`((?:tel|sms):[0-9]+)`").matcher(list);
    Set<String> reviewed = new java.util.TreeSet<>();
    while (contact.find()) {
      reviewed.add(contact.group(1));
    }

    Set<String> shown =
        rendered().select("a[href^=tel:], a[href^=sms:]").stream()
            .map(link -> link.attr("href"))
            .collect(Collectors.toCollection(java.util.TreeSet::new));

    assertThat(reviewed).containsExactly("sms:85258", "tel:111", "tel:116123");
    assertThat(shown).isEqualTo(reviewed);
  }

  @Test
  void saysCallNineNineNineOrGoToAandEAndTheRestInWords() {
    Document crisis = rendered();

    assertThat(crisis.text())
        .contains("Call 999 or go to A&E now", "option 2", "116 123", "SHOUT", "85258");
    assertThat(crisis.select(".nhsuk-card--care--emergency, .nhsuk-card--emergency")).isNotEmpty();
    assertThat(crisis.select("[data-crisis-seen-note]").text())
        .isEqualTo("Information: Your team will look within 1 working day.");
  }

  @Test
  void theTemplateIsTheVersionTheReviewRecordNames() throws Exception {
    String fingerprint =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(TEMPLATE)));

    assertThat(record())
        .as("crisis-support.jte changed: review it and update %s", RECORD)
        .contains("`" + fingerprint + "`");
  }

  @Test
  void theReviewIsNotOverdue() throws Exception {
    Matcher due = Pattern.compile("Next review due \\| (\\d{4}-\\d{2}-\\d{2})").matcher(record());

    assertThat(due.find()).as("the record names when the next review is due").isTrue();
    assertThat(LocalDate.parse(due.group(1)))
        .as("crisis content review is overdue: see %s", RECORD)
        .isAfterOrEqualTo(LocalDate.now());
  }
}
