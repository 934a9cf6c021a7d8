package care.tandem.identity.admin;

import care.tandem.identity.Created;
import care.tandem.identity.StaleEditException;
import care.tandem.identity.organisation.CareService;
import care.tandem.identity.organisation.CareServices;
import care.tandem.identity.organisation.NameTakenException;
import care.tandem.identity.organisation.Organisation;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.organisation.ServiceKind;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages to add and change the services within an organisation (listed on its page). */
@Controller
class ServiceAdminController {

  private static final String NAME_TAKEN = "This organisation already has a service with this name";

  private final Organisations organisations;
  private final CareServices services;

  ServiceAdminController(Organisations organisations, CareServices services) {
    this.organisations = organisations;
    this.services = services;
  }

  @GetMapping("/admin/organisations/{organisationId}/services/new")
  String startService(@PathVariable UUID organisationId, Model model) {
    Organisation organisation = organisations.find(organisationId).orElseThrow(Admins::notFound);
    ServiceForm form = new ServiceForm("", null, "0", UUID.randomUUID().toString());
    return formPage(model, organisation, null, FormView.of(form), List.of());
  }

  @PostMapping("/admin/organisations/{organisationId}/services/new")
  String processNewService(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID organisationId,
      @Valid @ModelAttribute("form") ServiceForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Organisation organisation = organisations.find(organisationId).orElseThrow(Admins::notFound);
    UUID key = HiddenFields.idempotencyKey(form.idempotencyKey());
    if (result.hasErrors()) {
      return formPage(model, organisation, null, FormView.of(result), List.of());
    }
    try {
      Created created =
          services.create(
              organisationId,
              form.name().strip(),
              ServiceKind.valueOf(form.kind()),
              key,
              Admins.actor(user));
      redirect.addFlashAttribute(Admins.NOTICE, "Service added");
      return "redirect:/admin/organisations/" + organisationId;
    } catch (NameTakenException e) {
      return formPage(
          model, organisation, null, FormView.of(result).withError("name", NAME_TAKEN), List.of());
    }
  }

  @GetMapping("/admin/organisations/{organisationId}/services/{serviceId}/edit")
  String startServiceChange(
      @PathVariable UUID organisationId, @PathVariable UUID serviceId, Model model) {
    Organisation organisation = organisations.find(organisationId).orElseThrow(Admins::notFound);
    CareService saved = services.find(organisationId, serviceId).orElseThrow(Admins::notFound);
    return formPage(model, organisation, serviceId, FormView.of(formFrom(saved)), List.of());
  }

  @PostMapping("/admin/organisations/{organisationId}/services/{serviceId}/edit")
  String processServiceChange(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID organisationId,
      @PathVariable UUID serviceId,
      @Valid @ModelAttribute("form") ServiceForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Organisation organisation = organisations.find(organisationId).orElseThrow(Admins::notFound);
    services.find(organisationId, serviceId).orElseThrow(Admins::notFound);
    int version = HiddenFields.version(form.version());
    if (result.hasErrors()) {
      return formPage(model, organisation, serviceId, FormView.of(result), List.of());
    }
    ServiceKind kind = ServiceKind.valueOf(form.kind());
    try {
      services.change(
          organisationId, serviceId, version, form.name().strip(), kind, Admins.actor(user));
    } catch (NameTakenException e) {
      return formPage(
          model,
          organisation,
          serviceId,
          FormView.of(result).withError("name", NAME_TAKEN),
          List.of());
    } catch (StaleEditException e) {
      CareService saved = services.find(organisationId, serviceId).orElseThrow(Admins::notFound);
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return formPage(
          model,
          organisation,
          serviceId,
          FormView.of(formFrom(saved)),
          List.of("Name: " + form.name().strip(), "What it does: " + kind.label()));
    }
    redirect.addFlashAttribute(Admins.NOTICE, "Service changed");
    return "redirect:/admin/organisations/" + organisationId;
  }

  private static ServiceForm formFrom(CareService saved) {
    return new ServiceForm(
        saved.name(), saved.kind().name(), String.valueOf(saved.version()), null);
  }

  private String formPage(
      Model model,
      Organisation organisation,
      @Nullable UUID serviceId,
      FormView form,
      List<String> unsavedChanges) {
    String base = "/admin/organisations/" + organisation.id();
    boolean adding = serviceId == null;
    List<Choice> kinds =
        Arrays.stream(ServiceKind.values())
            .map(kind -> Choice.of(kind.name(), kind.label()))
            .toList();
    model.addAttribute(
        "page",
        new NameAndKindPage(
            "service",
            adding ? "Add a service" : "Change service",
            organisation.name(),
            adding ? base + "/services/new" : base + "/services/" + serviceId + "/edit",
            adding ? "Add service" : "Save changes",
            "Name of the service or team",
            "What the service does",
            form,
            kinds,
            base,
            unsavedChanges));
    return "identity/admin/name-and-kind";
  }
}
