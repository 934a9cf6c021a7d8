package care.tandem.care.joining;

import care.tandem.care.NhsNumber;
import care.tandem.care.web.CareDates;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.List;
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
 * Admins link a person's own account to their record, or unlink it, with a written reason: for when
 * an invitation cannot be used (a mistake, a person who cannot receive post or e-mail).
 */
@Controller
class RecordLinkAdminController {

  private static final String PAGE = "/admin/record-links";

  private final RecordLinking linking;

  RecordLinkAdminController(RecordLinking linking) {
    this.linking = linking;
  }

  @GetMapping(PAGE)
  String showLinks(Model model) {
    return page(
        FormView.of(new Forms.LinkForm(null, null, null)),
        FormView.of(new Forms.UnlinkForm(null, null)),
        model);
  }

  @PostMapping(PAGE + "/link")
  String processLink(
      @Valid @ModelAttribute("form") Forms.LinkForm form,
      BindingResult result,
      Authentication admin,
      Model model,
      RedirectAttributes redirect) {
    FormView view = FormView.of(result);
    Optional<NhsNumber> number =
        form.nhsNumber() == null ? Optional.empty() : NhsNumber.parse(form.nhsNumber());
    if (number.isEmpty() && !view.field("nhsNumber").hasError()) {
      view = view.withError("nhsNumber", "Enter a valid NHS number, like 943 476 5919");
    }
    FormView unlink = FormView.of(new Forms.UnlinkForm(null, null));
    if (view.hasErrors()) {
      return page(view, unlink, model);
    }
    try {
      linking.link(form.email(), number.get(), form.reason().strip(), adminOf(admin));
    } catch (RecordLinking.Refused refused) {
      return page(view.withError(refused.field(), refused.getMessage()), unlink, model);
    }
    redirect.addFlashAttribute("notice", "Account linked to the record. The person can see why");
    return "redirect:" + PAGE;
  }

  @PostMapping(PAGE + "/unlink")
  String processUnlink(
      @Valid @ModelAttribute("form") Forms.UnlinkForm form,
      BindingResult result,
      Authentication admin,
      Model model,
      RedirectAttributes redirect) {
    FormView view = FormView.of(result);
    FormView link = FormView.of(new Forms.LinkForm(null, null, null));
    if (view.hasErrors()) {
      return page(link, view, model);
    }
    try {
      linking.unlink(form.unlinkEmail(), form.unlinkReason().strip(), adminOf(admin));
    } catch (RecordLinking.Refused refused) {
      return page(link, view.withError(refused.field(), refused.getMessage()), model);
    }
    redirect.addFlashAttribute("notice", "Account unlinked from the record");
    return "redirect:" + PAGE;
  }

  private String page(FormView link, FormView unlink, Model model) {
    List<List<String>> changes =
        linking.latest(20).stream()
            .map(
                change ->
                    List.of(
                        CareDates.date(change.at()),
                        "LINKED".equals(change.change()) ? "Linked" : "Unlinked",
                        change.accountName(),
                        change.reason()))
            .toList();
    Object notice = model.getAttribute("notice");
    model.addAttribute(
        "page",
        new JoiningPages.LinksPage(
            link, unlink, changes, notice instanceof String text ? text : null));
    return "care/joining/links";
  }

  private static UUID adminOf(Authentication admin) {
    return UUID.fromString(admin.getName());
  }
}
