package care.tandem.care.home;

import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where people land after signing in: the person sees their own record in brief; practitioners and
 * service leads see their people. Admins have their own home.
 */
@Controller
class HomePageController {

  private final PersonHome personHome;
  private final PractitionerHome practitionerHome;

  HomePageController(PersonHome personHome, PractitionerHome practitionerHome) {
    this.personHome = personHome;
    this.practitionerHome = practitionerHome;
  }

  @GetMapping(PractitionerHome.PATH)
  String showHome(
      @Valid MyPeopleForm form, BindingResult result, Authentication viewer, Model model) {
    if (has(viewer, "ROLE_ADMIN")) {
      return "redirect:/admin";
    }
    if (has(viewer, "ROLE_CARER")) {
      return "redirect:/helping"; // carers and others helping a person (care.carers)
    }
    if (has(viewer, "ROLE_PATIENT")) {
      return personHome
          .of(viewer)
          .map(
              home -> {
                model.addAttribute("home", home);
                return "care/home/person";
              })
          .orElse("care/home/no-record");
    }
    boolean serviceLead = has(viewer, "ROLE_SERVICE_LEAD");
    if (!serviceLead && !has(viewer, "ROLE_PRACTITIONER")) {
      return "redirect:/";
    }
    model.addAttribute(
        "home",
        practitionerHome.of(
            UUID.fromString(viewer.getName()), form, FormView.of(result), serviceLead));
    return "care/home/practitioner";
  }

  private static boolean has(Authentication viewer, String authority) {
    return viewer.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
  }
}
