package care.tandem.guide.browse;

import care.tandem.guide.plan.ImprovementPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages for a single solution, barrier or example, each listing the problems it belongs to. */
@Controller
class EntryController {

  private final GuidePages pages;
  private final ImprovementPlan plan;

  EntryController(GuidePages pages, ImprovementPlan plan) {
    this.pages = pages;
    this.plan = plan;
  }

  @GetMapping("/guide/solutions/{id}")
  String showSolution(@PathVariable String id, @Nullable Authentication viewer, Model model) {
    model.addAttribute("page", pages.solution(Slugs.require(id)).orElseThrow(Slugs::notFound));
    model.addAttribute("plan", plan.buttonsFor(viewer));
    return "guide/solution";
  }

  @GetMapping("/guide/barriers/{id}")
  String showBarrier(@PathVariable String id, Model model) {
    model.addAttribute("page", pages.barrier(Slugs.require(id)).orElseThrow(Slugs::notFound));
    return "guide/barrier";
  }

  @GetMapping("/guide/examples/{id}")
  String showExample(@PathVariable String id, Model model) {
    model.addAttribute("page", pages.example(Slugs.require(id)).orElseThrow(Slugs::notFound));
    return "guide/example";
  }
}
