package care.tandem.care.joining;

import care.tandem.care.web.CareDates;
import care.tandem.system.form.DateInput;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining, once signed in (with a new account, an existing one or NHS login): the person proves it
 * is them with their date of birth. Without an opened invitation they first type the code from
 * their letter or e-mail.
 */
@Controller
class JoinConfirmController {

  private final Joining joining;
  private final JoinCookie cookie;

  JoinConfirmController(Joining joining, JoinCookie cookie) {
    this.joining = joining;
    this.cookie = cookie;
  }

  @GetMapping("/join/confirm")
  String showConfirm(
      Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model) {
    UUID account = UUID.fromString(viewer.getName());
    Optional<Joining.Problem> problem = joining.accountProblem(account);
    if (problem.isPresent()) {
      return JoinProblems.show(problem.get(), model, response);
    }
    Optional<UUID> invitation = cookie.read(request);
    if (invitation.isEmpty()) {
      return codePage(FormView.of(new Forms.CodeForm(null)), csrf, model);
    }
    Optional<Joining.Problem> stale = joining.invitationProblem(invitation.get());
    if (stale.isPresent()) {
      cookie.clear(request, response);
      return JoinProblems.show(stale.get(), model, response);
    }
    return confirmPage(FormView.of(new Forms.BirthDateForm(null, null, null)), null, null, model);
  }

  @PostMapping("/join/confirm/code")
  String processCode(
      @Valid @ModelAttribute("form") Forms.CodeForm form,
      BindingResult result,
      Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      Model model) {
    if (result.hasErrors()) {
      return codePage(FormView.of(result), csrf, model);
    }
    Joining.Outcome outcome =
        joining.open(
            form.code(), JoinController.address(request), JoinController.accountOf(viewer));
    if (outcome.problem() == Joining.Problem.UNKNOWN) {
      return codePage(
          FormView.of(result)
              .withError("code", "This code is not right. Check it and type it again"),
          csrf,
          model);
    }
    if (!outcome.ok()) {
      return JoinProblems.show(outcome.problem(), model, response);
    }
    cookie.set(outcome.id(), request, response);
    return "redirect:/join/confirm";
  }

  @PostMapping("/join/confirm")
  String processConfirm(
      @ModelAttribute("form") Forms.BirthDateForm form,
      BindingResult result,
      Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Optional<UUID> invitation = cookie.read(request);
    if (invitation.isEmpty()) {
      return JoinProblems.show(Joining.Problem.UNKNOWN, model, response);
    }
    DateInput.Reading typed =
        new DateInput(form.dateOfBirthDay(), form.dateOfBirthMonth(), form.dateOfBirthYear())
            .read(
                "dateOfBirth",
                DateInput.Wording.of("Date of birth")
                    .required("Enter your date of birth")
                    .namingFirstMissingPart());
    LocalDate date = typed.date();
    if (!typed.isValid() || date == null) {
      FormView view = FormView.of(result).withError(typed.field(), typed.error());
      return confirmPage(view, typed.wholeDate() ? typed.error() : null, null, model);
    }
    if (!date.isBefore(CareDates.today())) {
      String error = "Date of birth must be in the past";
      return confirmPage(
          FormView.of(result).withError("dateOfBirthDay", error), error, null, model);
    }
    Joining.Outcome outcome =
        joining.confirm(invitation.get(), UUID.fromString(viewer.getName()), date);
    if (outcome.ok()) {
      cookie.clear(request, response);
      redirect.addFlashAttribute("notice", "You have joined your care record");
      return "redirect:/people/" + outcome.id();
    }
    if (outcome.problem() == null) {
      String error = "The date of birth does not match our records";
      return confirmPage(
          FormView.of(result).withError("dateOfBirthDay", error),
          error,
          outcome.triesLeft() == 1
              ? "You have 1 more try"
              : "You have " + outcome.triesLeft() + " more tries",
          model);
    }
    cookie.clear(request, response);
    return JoinProblems.show(outcome.problem(), model, response);
  }

  private String codePage(FormView form, CsrfToken csrf, Model model) {
    model.addAttribute(
        "page",
        new JoiningPages.CodePage(
            form, "/join/confirm/code", csrf.getParameterName(), csrf.getToken()));
    return "care/joining/code";
  }

  private String confirmPage(
      FormView form, @Nullable String wholeDateError, @Nullable String triesLeft, Model model) {
    model.addAttribute("page", new JoiningPages.ConfirmPage(form, wholeDateError, triesLeft));
    return "care/joining/confirm";
  }
}
