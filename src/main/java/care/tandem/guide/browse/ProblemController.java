package care.tandem.guide.browse;

import care.tandem.guide.plan.ImprovementPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of problems, filtered by role and setting, and each problem's page. */
@Controller
class ProblemController {

  private final GuidePages pages;
  private final ImprovementPlan plan;

  ProblemController(GuidePages pages, ImprovementPlan plan) {
    this.pages = pages;
    this.plan = plan;
  }

  @GetMapping("/guide/problems")
  String showProblems(
      @RequestParam(name = "role", required = false) @Nullable List<String> roles,
      @RequestParam(name = "setting", required = false) @Nullable List<String> settings,
      @RequestParam(name = "page", required = false) @Nullable String page,
      Model model) {
    model.addAttribute("list", pages.problems(ProblemFilter.of(roles, settings), pageNumber(page)));
    return "guide/problems";
  }

  @GetMapping("/guide/problems/{id}")
  String showProblem(@PathVariable String id, @Nullable Authentication viewer, Model model) {
    model.addAttribute("page", pages.problem(Slugs.require(id)).orElseThrow(Slugs::notFound));
    model.addAttribute("plan", plan.buttonsFor(viewer));
    return "guide/problem";
  }

  /** Any page number a person could type: not a number means the first page. */
  private static int pageNumber(@Nullable String page) {
    if (page == null || !page.strip().matches("\\d{1,6}")) {
      return 1;
    }
    return Integer.parseInt(page.strip());
  }
}
