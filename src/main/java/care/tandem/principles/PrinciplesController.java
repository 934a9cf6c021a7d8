package care.tandem.principles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The five service principles and a page for each. */
@Controller
class PrinciplesController {

  private final Principles principles;

  PrinciplesController(Principles principles) {
    this.principles = principles;
  }

  @GetMapping("/principles")
  String showPrinciples(Model model) {
    model.addAttribute("principles", principles.all());
    return "principles/principles";
  }

  @GetMapping("/principles/{id}")
  String showPrinciple(@PathVariable String id, Model model) {
    if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute(
        "page",
        principles.page(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "principles/principle";
  }
}
