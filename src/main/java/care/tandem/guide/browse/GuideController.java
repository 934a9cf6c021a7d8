package care.tandem.guide.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The guide's front page and its areas. */
@Controller
class GuideController {

  private final GuidePages pages;

  GuideController(GuidePages pages) {
    this.pages = pages;
  }

  @GetMapping("/guide")
  String showGuide(Model model) {
    model.addAttribute("areas", pages.areas());
    return "guide/home";
  }

  @GetMapping("/guide/areas/{id}")
  String showArea(@PathVariable String id, Model model) {
    model.addAttribute("page", pages.area(Slugs.require(id)).orElseThrow(Slugs::notFound));
    return "guide/area";
  }
}
