package care.tandem.directory.signposting;

import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordHeaders;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The person's signposts, a section of their record. */
@Controller
class SignpostsController {

  private final CareAccess access;
  private final RecordHeaders headers;
  private final Signposts signposts;
  private final SignpostViews views;

  SignpostsController(
      CareAccess access, RecordHeaders headers, Signposts signposts, SignpostViews views) {
    this.access = access;
    this.headers = headers;
    this.signposts = signposts;
    this.views = views;
  }

  @GetMapping("/people/{personId}/signposts")
  String showSignposts(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(personId, viewer, "signposts.viewed");
    model.addAttribute(
        "page",
        new SignpostsPage(
            headers.of(allowed, SignpostLinks.signposts(allowed.person())),
            allowed.isThePerson(),
            SignpostViews.canRecord(allowed),
            views.lines(allowed, signposts.all(allowed))));
    return "directory/signposting/signposts";
  }
}
