package care.tandem.guide.browse;

import care.tandem.principles.PrincipleSummary;
import care.tandem.system.components.Link;
import java.util.List;

/**
 * The view models guide pages are built from. Bodies are HTML rendered from the content files with
 * raw HTML escaped, so templates may show them as they are.
 */
public final class GuideViews {

  private GuideViews() {}

  public record AreaSummary(String id, String title, String summary, int problemCount) {
    public String href() {
      return "/guide/areas/" + id;
    }
  }

  public record AreaPage(AreaSummary area, String bodyHtml, List<ProblemSummary> problems) {}

  public record ProblemSummary(
      String id,
      String title,
      String summary,
      List<String> roleLabels,
      List<String> settingLabels) {
    public String href() {
      return "/guide/problems/" + id;
    }
  }

  public record Solution(String id, String title, String summary, String bodyHtml) {
    public String href() {
      return "/guide/solutions/" + id;
    }
  }

  public record Barrier(String id, String title, String bodyHtml, List<String> ideas) {
    public String href() {
      return "/guide/barriers/" + id;
    }
  }

  public record Example(
      String id,
      String title,
      String organisation,
      boolean testTeam,
      String sourceTitle,
      String sourceUrl,
      String bodyHtml) {
    public String href() {
      return "/guide/examples/" + id;
    }

    public String kindLabel() {
      return testTeam ? "Q Lab test team" : "Programme or service";
    }
  }

  public record ProblemPage(
      ProblemSummary problem,
      Link area,
      String bodyHtml,
      List<Solution> solutions,
      List<Barrier> barriers,
      List<Example> examples,
      List<PrincipleSummary> principles) {}

  public record SolutionPage(
      Solution solution, List<ProblemSummary> problems, List<PrincipleSummary> principles) {}

  public record BarrierPage(Barrier barrier, List<ProblemSummary> problems) {}

  public record ExamplePage(Example example, List<ProblemSummary> problems) {}
}
