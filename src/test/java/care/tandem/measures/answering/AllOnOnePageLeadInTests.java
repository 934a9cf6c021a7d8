package care.tandem.measures.answering;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.ShippedInstruments;
import care.tandem.system.Layout;
import care.tandem.system.form.Field;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each question shows its own lead-in on the all-on-one-page layout: the shared "Over the last 2
 * weeks..." is the legend of one fieldset round the questions it belongs to, and PHQ-9 question 10,
 * which carries its own, stands outside it. Renders the real template, no Spring.
 */
class AllOnOnePageLeadInTests {

  private static final String STEM =
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

  private final Instruments instruments = ShippedInstruments.all();

  @Test
  void phq9LeadInIsTheLegendRoundQuestions1To9AndNotAboveQuestion10() {
    Document page = render(instruments.find("phq-9").orElseThrow());

    List<Element> outer = page.select("form > fieldset");
    assertThat(outer).hasSize(1);
    assertThat(outer.get(0).selectFirst("legend").text()).isEqualTo(STEM);
    assertThat(page.select("form > fieldset .nhsuk-form-group > fieldset > legend"))
        .extracting(Element::text)
        .hasSize(9)
        .allMatch(legend -> !legend.startsWith("10."));

    Element tenth = page.selectFirst("form > .nhsuk-form-group > fieldset");
    assertThat(tenth.selectFirst("legend").text())
        .startsWith("10. If you checked off any problems");
    assertThat(tenth.text()).doesNotContain("bothered by");
    assertThat(page.select("fieldset")).hasSize(11);
    assertThat(page.text().split("bothered by", -1)).hasSize(2);
  }

  @Test
  void everyQuestionOfTheOtherInstrumentsIsUnderItsLeadIn() {
    for (String id : List.of("gad-7", "phq-4", "pain-and-interference")) {
      Instrument instrument = instruments.find(id).orElseThrow();
      Document page = render(instrument);
      assertThat(page.select("form > fieldset > legend").text())
          .as(id)
          .isEqualTo(instrument.stem());
      assertThat(page.select("form > fieldset fieldset"))
          .as(id)
          .hasSize(instrument.questions().size());
    }
  }

  private static Document render(Instrument instrument) {
    List<AnsweringViews.QuestionField> fields = new ArrayList<>();
    for (int i = 0; i < instrument.questions().size(); i++) {
      Instrument.Question q = instrument.questions().get(i);
      String name = "question-" + (i + 1);
      fields.add(
          new AnsweringViews.QuestionField(
              new Field(name, name, List.of(), null),
              (i + 1) + ". " + q.text(),
              AnsweringSupport.options(q)));
    }
    AnsweringViews.AllPage page =
        new AnsweringViews.AllPage(
            "Sam Taylor",
            AnsweringSupport.questionnaire(instrument),
            "/back",
            "/all",
            0,
            AllOnOnePageController.byLeadIn(instrument, fields),
            List.of());
    Layout layout = new Layout("Tandem", false, "Sam Taylor", List.of(), "_csrf", "token", "/all");
    StringOutput output = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html)
        .render(
            "measures/answering/all.jte",
            Map.<String, Object>of("layout", layout, "page", page),
            output);
    return Jsoup.parse(output.toString());
  }
}
