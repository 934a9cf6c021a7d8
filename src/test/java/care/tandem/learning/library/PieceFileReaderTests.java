package care.tandem.learning.library;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.system.content.ContentProblems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The piece format's rules, on small fixed folders of pieces (no Spring). */
class PieceFileReaderTests {

  private final PathMatchingResourcePatternResolver resources =
      new PathMatchingResourcePatternResolver();

  @Test
  void readsAnArticleAndAVideoWithEveryField() {
    ContentProblems problems = new ContentProblems();

    List<PieceFile> pieces =
        new PieceFileReader(resources, "classpath:learning-fixtures/good/", problems).read();

    assertThat(problems.all()).isEmpty();
    assertThat(pieces).extracting(PieceFile::slug).containsExactly("a-short-read", "a-test-video");
    PieceFile article = pieces.get(0);
    assertThat(article.kind()).isEqualTo(PieceKind.ARTICLE);
    assertThat(article.audience()).isEqualTo(PieceAudience.PEOPLE);
    assertThat(article.topics()).containsExactly("pacing", "sleep");
    assertThat(article.reviewed()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(article.reviewBy()).isEqualTo(LocalDate.of(2027, 12, 6));
    assertThat(article.media()).isNull();
    assertThat(article.bodyText()).contains("Then rest.");
    PieceFile video = pieces.get(1);
    assertThat(video.media()).isEqualTo("test-clip.mp4");
    assertThat(video.captions()).isEqualTo("test-clip.vtt");
    assertThat(video.version()).isEqualTo(2);
  }

  @Test
  void namesTheFileAndFieldOfEveryBrokenRule() {
    ContentProblems problems = new ContentProblems();

    new PieceFileReader(resources, "classpath:learning-fixtures/broken/", problems).read();

    assertThat(problems.all())
        .contains(
            "learning/pieces/broken-video.md: topics: unknown topic 'not-a-topic' (use one of"
                + " pain-and-mood, pacing, sleep, flare-ups, your-care-team, work-and-money,"
                + " moving, treatments, help-now, practice)",
            "learning/pieces/broken-video.md: minutes: must be 1 or more",
            "learning/pieces/broken-video.md: review-by: must be after reviewed (2026-12-06)",
            "learning/pieces/broken-video.md: media: 'missing.mp4' is not a file in"
                + " learning/media/",
            "learning/pieces/broken-video.md: captions: is missing or empty",
            "learning/pieces/Bad_Name.md: summary: is missing or empty",
            "learning/pieces/Bad_Name.md: kind: 'podcast' must be one of [article, video, audio,"
                + " leaflet, activity]",
            "learning/pieces/Bad_Name.md: audience: 'patients' must be one of [people, staff,"
                + " both]",
            "learning/pieces/Bad_Name.md: body: must not use a level-1 heading (# ...): the page"
                + " already has one");
    assertThat(problems.all())
        .anyMatch(problem -> problem.startsWith("learning/pieces/Bad_Name.md: file name:"));
  }

  @Test
  void refusesMediaOnAnArticle() {
    ContentProblems problems = new ContentProblems();

    new PieceFileReader(resources, "classpath:learning-fixtures/broken/", problems).read();

    // Bad_Name.md has no valid kind, so its media field is refused as not for this kind.
    assertThat(problems.all())
        .contains("learning/pieces/Bad_Name.md: media: is only for video and audio pieces");
  }
}
