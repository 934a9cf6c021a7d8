package care.tandem.measures.safety;

import care.tandem.care.web.HiddenFields;
import care.tandem.identity.StaleEditException;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
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

/**
 * The alerts pages: what is waiting for the viewer's teams (and, for a service lead, what has
 * escalated to their services), one alert, acknowledging it and closing it with an outcome.
 */
@Controller
class AlertsController {

  static final String NOTICE = "notice";

  private final SafetyAlerts alerts;
  private final AlertViews views;

  AlertsController(SafetyAlerts alerts, AlertViews views) {
    this.alerts = alerts;
    this.views = views;
  }

  @GetMapping("/alerts")
  String showAlerts(Authentication viewer, Model model) {
    UUID account = UUID.fromString(viewer.getName());
    boolean serviceLead =
        viewer.getAuthorities().stream()
            .anyMatch(a -> "ROLE_SERVICE_LEAD".equals(a.getAuthority()));
    model.addAttribute(
        "page",
        new AlertPages.ListPage(
            views.lines(alerts.waitingForTeamsOf(account), account, true),
            serviceLead
                ? views.lines(alerts.escalatedTo(account), account, false)
                : java.util.List.of(),
            serviceLead,
            (String) model.getAttribute(NOTICE)));
    return "measures/alerts";
  }

  @GetMapping("/alerts/{alertId}")
  String showAlert(@PathVariable UUID alertId, Authentication viewer, Model model) {
    return page(model, alertId, viewer, null, null, null, null);
  }

  @PostMapping("/alerts/{alertId}/acknowledge")
  String processAcknowledge(
      @PathVariable UUID alertId,
      Authentication viewer,
      @ModelAttribute("form") AlertForms.AcknowledgeForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      alerts.acknowledge(
          alertId,
          HiddenFields.version(form.version()),
          HiddenFields.id(form.idempotencyKey()),
          viewer);
    } catch (StaleEditException e) {
      return page(model, alertId, viewer, null, null, null, STALE);
    }
    redirect.addFlashAttribute(
        NOTICE, "Alert acknowledged. Your team can see you are acting on it.");
    return "redirect:/alerts/" + alertId;
  }

  @PostMapping("/alerts/{alertId}/close")
  String processClose(
      @PathVariable UUID alertId,
      Authentication viewer,
      @Valid @ModelAttribute("form") AlertForms.CloseForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    SafetyAlert.Outcome outcome = SafetyAlert.Outcome.of(form.outcome());
    if (result.hasErrors() || outcome == null || form.needsReason()) {
      FormView view = FormView.of(result);
      if (outcome == null && result.getFieldError("outcome") == null) {
        view = view.withError("outcome", "Select what was done");
      }
      if (form.needsReason()) {
        view = view.withError("note", "Enter why no further action is needed");
      }
      return page(model, alertId, viewer, null, view, null, null);
    }
    try {
      alerts.close(
          alertId,
          HiddenFields.version(form.version()),
          HiddenFields.id(form.idempotencyKey()),
          outcome,
          form.note() == null || form.note().isBlank() ? null : form.note().strip(),
          viewer);
    } catch (StaleEditException e) {
      return page(model, alertId, viewer, null, null, form, STALE);
    }
    redirect.addFlashAttribute(NOTICE, "Alert closed");
    return "redirect:/alerts";
  }

  private static final String STALE =
      "Someone else changed this alert while you were looking at it. Nothing you sent was saved."
          + " Check what it says now.";

  private String page(
      Model model,
      UUID alertId,
      Authentication viewer,
      @Nullable FormView acknowledge,
      @Nullable FormView close,
      AlertForms.@Nullable CloseForm notSaved,
      @Nullable String problem) {
    SafetyAlerts.Opened opened = alerts.open(alertId, viewer);
    model.addAttribute(
        "page",
        views.page(
            opened, acknowledge, close, notSaved, problem, (String) model.getAttribute(NOTICE)));
    return "measures/alert";
  }
}
