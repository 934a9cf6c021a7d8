package care.tandem.care.access;

import care.tandem.care.BreakGlass;
import care.tandem.care.NhsNumber;
import care.tandem.care.RecordNotFoundException;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-glass: a practitioner off a person's team opens their record in an emergency, with a
 * written reason, for a fixed time. Admins review every use.
 */
@Controller
class BreakGlassController {

  private final BreakGlass breakGlass;

  BreakGlassController(BreakGlass breakGlass) {
    this.breakGlass = breakGlass;
  }

  @GetMapping("/break-glass")
  String startBreakGlass(Model model) {
    return page(model, FormView.of(new BreakGlassForm("", "")));
  }

  @PostMapping("/break-glass")
  String processBreakGlass(
      Authentication viewer,
      @Valid @ModelAttribute("form") BreakGlassForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Optional<NhsNumber> number =
        form.nhsNumber() == null ? Optional.empty() : NhsNumber.parse(form.nhsNumber());
    if (result.hasErrors() || number.isEmpty()) {
      FormView view = FormView.of(result);
      if (number.isEmpty() && !view.field("nhsNumber").hasError()) {
        view = view.withError("nhsNumber", "Enter a valid NHS number, like 943 476 5919");
      }
      return page(model, view);
    }
    try {
      UUID person = breakGlass.start(number.get(), form.reason().strip(), viewer);
      redirect.addFlashAttribute(
          "notice",
          "Emergency access given for " + hours() + " hours. An administrator will review it");
      return "redirect:/people/" + person;
    } catch (RecordNotFoundException e) {
      return page(
          model,
          FormView.of(result).withError("nhsNumber", "No record in Tandem has this NHS number"));
    }
  }

  private String page(Model model, FormView form) {
    model.addAttribute("page", new AccessPages.BreakGlassPage(form, hours() + " hours"));
    return "care/break-glass";
  }

  private static long hours() {
    return BreakGlass.TIME_LIMIT.toHours();
  }
}
