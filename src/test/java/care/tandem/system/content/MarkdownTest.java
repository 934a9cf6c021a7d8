package care.tandem.system.content;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.system.content.Markdown.Section;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void escapesRawHtmlInContent() {
    assertThat(Markdown.render("Hello <script>alert(1)</script> there").html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void removesUnsafeLinkSchemes() {
    assertThat(Markdown.render("[click](javascript:alert(1))").html())
        .doesNotContain("javascript:");
    assertThat(Markdown.render("[NHS](https://www.nhs.uk/)").html())
        .contains("href=\"https://www.nhs.uk/\"");
  }

  @Test
  void givesPlainTextForSearch() {
    assertThat(Markdown.render("Some **bold** words\n\n- one\n- two").text())
        .contains("Some bold words")
        .contains("one")
        .doesNotContain("**");
  }

  @Test
  void splitsAtLevelTwoHeadings() {
    var sections = Markdown.sections("## First\nOne.\n\n### Inside\nStill one.\n\n## Second\nTwo.");
    assertThat(sections).extracting(Section::heading).containsExactly("First", "Second");
    assertThat(sections.get(0).content().text()).contains("One.", "Inside", "Still one.");
    assertThat(sections.get(1).content().html()).isEqualTo("<p>Two.</p>");
  }

  @Test
  void keepsTextBeforeTheFirstHeadingAsAnUnnamedSection() {
    assertThat(Markdown.sections("Intro.\n\n## First\nOne."))
        .extracting(Section::heading)
        .containsExactly("", "First");
  }
}
