package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReadingEaseTests {

  @Test
  void scoresShortPlainSentencesAsVeryEasy() {
    ReadingEase ease = ReadingEase.of("The cat sat on the mat.");
    assertThat(ease).isEqualTo(new ReadingEase(6, 1, 6));
    assertThat(ease.score()).isCloseTo(116.145, within(0.001));
  }

  @Test
  void scoresLongSentencesOfLongWordsAsHard() {
    ReadingEase plain =
        ReadingEase.of("Tell us if you feel worse. We will call you back the same day.");
    ReadingEase dense =
        ReadingEase.of(
            "Multidisciplinary collaboration facilitates comprehensive biopsychosocial"
                + " formulation, consequently optimising therapeutic engagement and"
                + " interprofessional communication.");
    assertThat(plain.score()).isGreaterThan(80);
    assertThat(dense.score()).isLessThan(0);
  }

  @Test
  void endsASentenceAtEachBlockAndAtFullStopsButNotAtAbbreviations() {
    ReadingEase ease =
        ReadingEase.of(List.of("Your GP, e.g. Dr. Costa, can help. Ask them", "A list item"));
    assertThat(ease.sentences()).isEqualTo(3);
    assertThat(ease.words()).isEqualTo(12);
  }

  @Test
  void readsOnlyTheMainContentNotTheFrameOrHiddenText() {
    var page =
        Jsoup.parse(
            """
            <header>Tandem service name</header>
            <nav>Menu links</nav>
            <main>
              <nav class="nhsuk-breadcrumb">Home Guide</nav>
              <h1>Sleep</h1>
              <p>Pain can <strong>stop</strong> you sleeping.<span class="nhsuk-u-visually-hidden"> hidden</span></p>
              <ul><li>Keep a routine</li><li>See your GP</li></ul>
            </main>
            <footer>Privacy</footer>
            """);
    assertThat(MainText.of(page))
        .containsExactly("Sleep", "Pain can stop you sleeping.", "Keep a routine", "See your GP");
  }

  @Test
  void addsCountsTogether() {
    assertThat(new ReadingEase(1, 1, 2).plus(new ReadingEase(3, 1, 4)))
        .isEqualTo(new ReadingEase(4, 2, 6));
  }
}
