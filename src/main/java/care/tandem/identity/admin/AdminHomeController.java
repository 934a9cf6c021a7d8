package care.tandem.identity.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin start page: links to organisations, accounts and the audit log. */
@Controller
class AdminHomeController {

  @GetMapping("/admin")
  String showAdminHome() {
    return "identity/admin/home";
  }
}
