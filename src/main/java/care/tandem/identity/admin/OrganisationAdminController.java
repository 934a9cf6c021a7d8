package care.tandem.identity.admin;

import care.tandem.identity.Created;
import care.tandem.identity.StaleEditException;
import care.tandem.identity.organisation.CareServices;
import care.tandem.identity.organisation.NameTakenException;
import care.tandem.identity.organisation.Organisation;
import care.tandem.identity.organisation.OrganisationKind;
import care.tandem.identity.organisation.Organisations;
import care.tandem.identity.signin.TandemUser;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
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

/** Admin pages to list, add and change organisations. */
@Controller
class OrganisationAdminController {

  private static final String NAME_TAKEN = "An organisation with this name already exists";

  private final Organisations organisations;
  private final CareServices services;

  OrganisationAdminController(Organisations organisations, CareServices services) {
    this.organisations = organisations;
    this.services = services;
  }

  @GetMapping("/admin/organisations")
  String showOrganisations(Model model) {
    List<OrganisationPages.Row> rows =
        organisations.all().stream()
            .map(
                o ->
                    new OrganisationPages.Row(
                        o.name(), o.kind().label(), "/admin/organisations/" + o.id()))
            .toList();
    model.addAttribute("page", new OrganisationPages.ListPage(rows, notice(model)));
    return "identity/admin/organisations";
  }

  @GetMapping("/admin/organisations/{organisationId}")
  String showOrganisation(@PathVariable UUID organisationId, Model model) {
    Organisation organisation = organisations.find(organisationId).orElseThrow(Admins::notFound);
    String base = "/admin/organisations/" + organisationId;
    List<OrganisationPages.Row> rows =
        services.of(organisationId).stream()
            .map(
                s ->
                    new OrganisationPages.Row(
                        s.name(), s.kind().label(), base + "/services/" + s.id() + "/edit"))
            .toList();
    model.addAttribute(
        "page",
        new OrganisationPages.DetailPage(
            organisation.name(),
            List.of(
                SummaryListRow.of("Name", organisation.name())
                    .withAction("Change", base + "/edit", "name"),
                SummaryListRow.of("Kind", organisation.kind().label())
                    .withAction("Change", base + "/edit", "kind")),
            base + "/services/new",
            rows,
            notice(model)));
    return "identity/admin/organisation";
  }

  @GetMapping("/admin/organisations/new")
  String startOrganisation(Model model) {
    OrganisationForm form = new OrganisationForm("", null, "0", UUID.randomUUID().toString());
    return formPage(model, null, FormView.of(form), List.of());
  }

  @PostMapping("/admin/organisations/new")
  String processNewOrganisation(
      @AuthenticationPrincipal TandemUser user,
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = HiddenFields.idempotencyKey(form.idempotencyKey());
    if (result.hasErrors()) {
      return formPage(model, null, FormView.of(result), List.of());
    }
    try {
      Created created =
          organisations.create(
              form.name().strip(), OrganisationKind.valueOf(form.kind()), key, Admins.actor(user));
      redirect.addFlashAttribute(Admins.NOTICE, "Organisation added");
      return "redirect:/admin/organisations/" + created.id();
    } catch (NameTakenException e) {
      return formPage(model, null, FormView.of(result).withError("name", NAME_TAKEN), List.of());
    }
  }

  @GetMapping("/admin/organisations/{organisationId}/edit")
  String startOrganisationChange(@PathVariable UUID organisationId, Model model) {
    Organisation saved = organisations.find(organisationId).orElseThrow(Admins::notFound);
    return formPage(model, organisationId, FormView.of(formFrom(saved)), List.of());
  }

  @PostMapping("/admin/organisations/{organisationId}/edit")
  String processOrganisationChange(
      @AuthenticationPrincipal TandemUser user,
      @PathVariable UUID organisationId,
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    organisations.find(organisationId).orElseThrow(Admins::notFound);
    int version = HiddenFields.version(form.version());
    if (result.hasErrors()) {
      return formPage(model, organisationId, FormView.of(result), List.of());
    }
    OrganisationKind kind = OrganisationKind.valueOf(form.kind());
    try {
      organisations.change(organisationId, version, form.name().strip(), kind, Admins.actor(user));
    } catch (NameTakenException e) {
      return formPage(
          model, organisationId, FormView.of(result).withError("name", NAME_TAKEN), List.of());
    } catch (StaleEditException e) {
      Organisation saved = organisations.find(organisationId).orElseThrow(Admins::notFound);
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return formPage(
          model,
          organisationId,
          FormView.of(formFrom(saved)),
          List.of("Name: " + form.name().strip(), "Kind: " + kind.label()));
    }
    redirect.addFlashAttribute(Admins.NOTICE, "Organisation changed");
    return "redirect:/admin/organisations/" + organisationId;
  }

  private static OrganisationForm formFrom(Organisation saved) {
    return new OrganisationForm(
        saved.name(), saved.kind().name(), String.valueOf(saved.version()), null);
  }

  private String formPage(
      Model model, @Nullable UUID organisationId, FormView form, List<String> unsavedChanges) {
    boolean adding = organisationId == null;
    String action =
        adding ? "/admin/organisations/new" : "/admin/organisations/" + organisationId + "/edit";
    List<Choice> kinds =
        Arrays.stream(OrganisationKind.values())
            .map(kind -> Choice.of(kind.name(), kind.label()))
            .toList();
    model.addAttribute(
        "page",
        new NameAndKindPage(
            "organisation",
            adding ? "Add an organisation" : "Change organisation",
            "Organisations",
            action,
            adding ? "Add organisation" : "Save changes",
            "Name of the organisation",
            "Kind of organisation",
            form,
            kinds,
            adding ? "/admin/organisations" : "/admin/organisations/" + organisationId,
            unsavedChanges));
    return "identity/admin/name-and-kind";
  }

  static @Nullable String notice(Model model) {
    return model.getAttribute(Admins.NOTICE) instanceof String text ? text : null;
  }
}
