package care.tandem.guide.content;

import care.tandem.system.content.Markdown.Rendered;
import java.util.List;

/** The whole guide as read from its Markdown files, before it is checked and stored. */
public record GuideContent(
    List<Area> areas,
    List<Problem> problems,
    List<Solution> solutions,
    List<Barrier> barriers,
    List<Example> examples) {

  /** Where an entry came from, so problems with it can name the file. */
  public interface Entry {
    String file();

    String id();
  }

  public record Area(String file, String id, String title, int order, String summary, Rendered body)
      implements Entry {}

  public record Problem(
      String file,
      String id,
      String area,
      String title,
      String summary,
      List<String> roles,
      List<String> settings,
      List<String> solutions,
      List<String> barriers,
      List<String> examples,
      Rendered body)
      implements Entry {}

  public record Solution(
      String file, String id, String title, String summary, List<String> principles, Rendered body)
      implements Entry {}

  public record Barrier(String file, String id, String title, List<String> ideas, Rendered body)
      implements Entry {}

  public record Example(
      String file,
      String id,
      String title,
      String organisation,
      String kind,
      String sourceTitle,
      String sourceUrl,
      Rendered body)
      implements Entry {

    public static final String TEST_TEAM = "test-team";
    public static final String PROGRAMME = "programme";
  }
}
