package care.tandem.care.carers;

import care.tandem.care.Helper;
import care.tandem.care.Helpers;
import care.tandem.care.People;
import care.tandem.care.Person;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A carer's home: the people they help now, each with what that person lets them do. */
@Controller
class HelpingController {

  static final String PATH = "/helping";

  private final Helpers helpers;
  private final People people;

  HelpingController(Helpers helpers, People people) {
    this.helpers = helpers;
    this.people = people;
  }

  @GetMapping(PATH)
  String showHelping(Authentication viewer, Model model) {
    if (viewer.getAuthorities().stream().noneMatch(a -> "ROLE_CARER".equals(a.getAuthority()))) {
      return "redirect:/home";
    }
    List<Helper> consents = helpers.helpedBy(UUID.fromString(viewer.getName()));
    Map<UUID, Person> records = people.findAll(consents.stream().map(Helper::person).toList());
    model.addAttribute(
        "page",
        new CarerPages.HelpingPage(
            consents.stream()
                .filter(h -> records.containsKey(h.person()))
                .map(
                    h ->
                        new CarerPages.HelpedLine(
                            records.get(h.person()).fullName(),
                            "/people/" + h.person(),
                            HelpersController.labels(h.permissions())))
                .toList(),
            model.getAttribute("notice") instanceof String text ? text : null));
    return "care/carers/helping";
  }
}
