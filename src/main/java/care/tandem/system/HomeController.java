package care.tandem.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Tandem is, who it is for, and what this viewer can do next. */
@Controller
class HomeController {

  private static final Authentication ANONYMOUS =
      new AnonymousAuthenticationToken(
          "anonymous", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

  @GetMapping("/")
  String showHome(Model model) {
    Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        viewer != null
            && viewer.isAuthenticated()
            && !(viewer instanceof AnonymousAuthenticationToken);
    model.addAttribute("home", HomePage.forViewer(signedIn ? viewer : ANONYMOUS, signedIn));
    return "system/home";
  }
}
