package care.tandem.guide.search;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The guide's search page: a box, ranked results, or help when nothing matches. */
@Controller
class SearchController {

  private final GuideSearch search;

  SearchController(GuideSearch search) {
    this.search = search;
  }

  @GetMapping("/guide/search")
  String showSearch(@RequestParam(name = "q", required = false) @Nullable String q, Model model) {
    model.addAttribute("search", search.search(SearchQuery.of(q)));
    model.addAttribute("areas", search.areas());
    return "guide/search";
  }
}
