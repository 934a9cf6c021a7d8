package care.tandem.guide.search;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.guide.search.Snippet.Part;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void splitsHighlightedWordsFromTheTextAroundThem() {
    Snippet snippet =
        Snippet.parse("Try " + Snippet.START + "walking" + Snippet.STOP + " every day");
    assertThat(snippet.parts())
        .containsExactly(
            new Part("Try ", false), new Part("walking", true), new Part(" every day", false));
  }

  @Test
  void keepsMarkupAsPlainTextForTheTemplateToEscape() {
    Snippet snippet = Snippet.parse("<b>" + Snippet.START + "pain" + Snippet.STOP + "</b>");
    assertThat(snippet.parts())
        .containsExactly(new Part("<b>", false), new Part("pain", true), new Part("</b>", false));
  }

  @Test
  void toleratesAnUnclosedHighlight() {
    assertThat(Snippet.parse("a " + Snippet.START + "b").parts())
        .containsExactly(new Part("a ", false), new Part("b", true));
  }
}
