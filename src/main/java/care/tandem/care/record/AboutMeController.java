package care.tandem.care.record;

import static care.tandem.system.Capability.WRITE_ABOUT_ME;

import care.tandem.care.AboutMe;
import care.tandem.care.AboutMeService;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.identity.StaleEditException;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "About me": the person writes it; everyone who may open the record reads it. */
@Controller
class AboutMeController {

  private final CareAccess access;
  private final Capabilities capabilities;
  private final AboutMeService aboutMe;
  private final RecordHeaders headers;

  AboutMeController(
      CareAccess access, Capabilities capabilities, AboutMeService aboutMe, RecordHeaders headers) {
    this.access = access;
    this.capabilities = capabilities;
    this.aboutMe = aboutMe;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/about-me")
  String showAboutMe(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(personId, viewer, "about-me.viewed");
    AboutMe saved = aboutMe.aboutMe(allowed);
    FormView form = allowed.isThePerson() ? FormView.of(AboutMeForm.of(saved)) : null;
    return page(model, allowed, saved, form, null);
  }

  @PostMapping("/people/{personId}/about-me")
  String processAboutMe(
      @PathVariable UUID personId,
      Authentication viewer,
      @Valid @ModelAttribute("form") AboutMeForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    int version = HiddenFields.version(form.version());
    if (result.hasErrors()) {
      RecordAccess allowed = onlyThePerson(personId, viewer);
      return page(model, allowed, aboutMe.aboutMe(allowed), FormView.of(result), null);
    }
    try {
      aboutMe.change(form.toAboutMe(personId, version), viewer);
    } catch (StaleEditException e) {
      RecordAccess allowed = onlyThePerson(personId, viewer);
      AboutMe saved = aboutMe.aboutMe(allowed);
      AboutMeForm typed =
          new AboutMeForm(
              form.whatMatters(),
              form.workAndMoney(),
              form.caringDuties(),
              form.whatMakesWorse(),
              form.whatMakesBetter(),
              form.alreadyTried(),
              form.howToSpeakToMe(),
              String.valueOf(saved.version()));
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return page(model, allowed, saved, FormView.of(typed), PersonSummaries.aboutMe(saved));
    }
    redirect.addFlashAttribute(PeopleController.NOTICE, "About me saved");
    return "redirect:/people/" + personId + "/about-me";
  }

  private RecordAccess onlyThePerson(UUID personId, Authentication viewer) {
    RecordAccess allowed =
        capabilities.requireToSee(personId, viewer, WRITE_ABOUT_ME, "about-me.viewed");
    return allowed;
  }

  private String page(
      Model model,
      RecordAccess allowed,
      AboutMe saved,
      @Nullable FormView form,
      @Nullable List<SummaryListRow> savedElsewhere) {
    String href = "/people/" + allowed.person() + "/about-me";
    model.addAttribute(
        "page",
        new RecordPages.AboutMePage(
            headers.of(allowed, href),
            PersonSummaries.aboutMe(saved),
            saved.updatedAt() == null ? null : CareDates.dateAndTime(saved.updatedAt()),
            form != null,
            form,
            href,
            savedElsewhere,
            PeopleController.notice(model)));
    return "care/about-me";
  }
}
