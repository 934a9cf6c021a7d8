package care.tandem.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Tandem is and where to go next. */
@Controller
class HomeController {

  @GetMapping("/")
  String showHome() {
    return "system/home";
  }
}
