package care.tandem.guide.content;

import care.tandem.guide.content.GuideContent.Entry;
import care.tandem.guide.content.GuideContent.Problem;
import care.tandem.guide.content.GuideContent.Solution;
import care.tandem.system.content.ContentProblems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the links between guide entries: every area, solution, barrier, example and principle a
 * file names must exist, and no id may be used twice. Problems name the file and the field.
 */
public final class GuideContentValidator {

  private GuideContentValidator() {}

  public static void validate(
      GuideContent content, Set<String> principleIds, ContentProblems problems) {
    Set<String> areas = ids(content.areas(), problems);
    Set<String> solutions = ids(content.solutions(), problems);
    Set<String> barriers = ids(content.barriers(), problems);
    Set<String> examples = ids(content.examples(), problems);
    ids(content.problems(), problems);
    uniqueOrder(content, problems);
    for (Problem problem : content.problems()) {
      links(problem, "area", List.of(problem.area()), areas, "area", problems);
      links(problem, "solutions", problem.solutions(), solutions, "solution", problems);
      links(problem, "barriers", problem.barriers(), barriers, "barrier", problems);
      links(problem, "examples", problem.examples(), examples, "example", problems);
    }
    for (Solution solution : content.solutions()) {
      links(solution, "principles", solution.principles(), principleIds, "principle", problems);
    }
  }

  private static Set<String> ids(List<? extends Entry> entries, ContentProblems problems) {
    Set<String> seen = new HashSet<>();
    for (Entry entry : entries) {
      if (!entry.id().isEmpty() && !seen.add(entry.id())) {
        problems.add(entry.file(), "id", "'" + entry.id() + "' is used by another file");
      }
    }
    return seen;
  }

  private static void uniqueOrder(GuideContent content, ContentProblems problems) {
    Set<Integer> seen = new HashSet<>();
    for (var area : content.areas()) {
      if (!seen.add(area.order())) {
        problems.add(area.file(), "order", area.order() + " is used by another area");
      }
    }
  }

  private static void links(
      Entry from,
      String field,
      List<String> ids,
      Set<String> known,
      String kind,
      ContentProblems problems) {
    for (String id : ids) {
      if (!id.isEmpty() && !known.contains(id)) {
        problems.add(from.file(), field, "no " + kind + " has the id '" + id + "'");
      }
    }
  }
}
