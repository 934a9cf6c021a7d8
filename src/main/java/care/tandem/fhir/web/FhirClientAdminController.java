package care.tandem.fhir.web;

import care.tandem.fhir.FhirClient;
import care.tandem.fhir.FhirClients;
import care.tandem.identity.Actor;
import care.tandem.identity.OrganisationSummary;
import care.tandem.system.SignedInUser;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Admin pages for connected systems: register one (its token is shown on the next page, once), list
 * them, revoke one. Registering renders the token straight from the POST rather than redirecting,
 * so the token is never stored, not even in the session for a flash message.
 */
@Controller
class FhirClientAdminController {

  private static final String BASE = "/admin/fhir-clients";
  private static final String NOTICE = "notice";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final FhirClients clients;

  FhirClientAdminController(FhirClients clients) {
    this.clients = clients;
  }

  @GetMapping(BASE)
  String showClients(Model model) {
    Map<UUID, String> organisations = organisationNames();
    List<FhirClientPages.Row> rows =
        clients.all().stream().map(client -> row(client, organisations)).toList();
    String notice = model.getAttribute(NOTICE) instanceof String text ? text : null;
    model.addAttribute("page", new FhirClientPages.ListPage(rows, notice));
    return "fhir/clients";
  }

  @GetMapping(BASE + "/new")
  String startClient(Model model) {
    return formPage(model, FormView.of(new FhirClientForm("", null, UUID.randomUUID().toString())));
  }

  @PostMapping(BASE + "/new")
  String processNewClient(
      @AuthenticationPrincipal SignedInUser admin,
      @Valid @ModelAttribute("form") FhirClientForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    UUID key = uuid(form.idempotencyKey()).orElseThrow(FhirClientAdminController::badRequest);
    Optional<UUID> organisation = uuid(form.organisation());
    if (result.hasErrors()) {
      return formPage(model, FormView.of(result));
    }
    if (organisation.isEmpty() || !organisationNames().containsKey(organisation.get())) {
      return formPage(
          model,
          FormView.of(result)
              .withError("organisation", "Select the organisation the system works for"));
    }
    FhirClients.Registered registered =
        clients.register(
            form.name().strip(), organisation.get(), key, new Actor(admin.accountId(), "ADMIN"));
    if (registered.token() == null) {
      redirect.addFlashAttribute(
          NOTICE,
          registered.client().name()
              + " was registered already. Its token was shown once, when it was registered");
      return "redirect:" + BASE;
    }
    String endpoint =
        ServletUriComponentsBuilder.fromContextPath(request).path("/fhir").build().toUriString();
    model.addAttribute(
        "page",
        new FhirClientPages.TokenPage(
            registered.client().name(),
            organisationNames().getOrDefault(organisation.get(), "Unknown"),
            registered.token(),
            endpoint));
    return "fhir/token";
  }

  @GetMapping(BASE + "/{clientId}/revoke")
  String startRevoke(@PathVariable UUID clientId, Model model) {
    FhirClient client =
        clients.find(clientId).filter(FhirClient::active).orElseThrow(() -> notFound());
    model.addAttribute(
        "page",
        new FhirClientPages.RevokePage(
            client.name(),
            organisationNames().getOrDefault(client.organisationId(), "Unknown"),
            BASE + "/" + clientId + "/revoke"));
    return "fhir/revoke";
  }

  @PostMapping(BASE + "/{clientId}/revoke")
  String processRevoke(
      @AuthenticationPrincipal SignedInUser admin,
      @PathVariable UUID clientId,
      RedirectAttributes redirect) {
    FhirClient client = clients.find(clientId).orElseThrow(() -> notFound());
    clients.revoke(clientId, new Actor(admin.accountId(), "ADMIN"));
    redirect.addFlashAttribute(NOTICE, client.name() + " can no longer use Tandem");
    return "redirect:" + BASE;
  }

  private String formPage(Model model, FormView form) {
    List<Choice> organisations =
        clients.organisations().stream().map(o -> Choice.of(o.id().toString(), o.name())).toList();
    model.addAttribute("page", new FhirClientPages.FormPage(form, organisations));
    return "fhir/client-form";
  }

  private FhirClientPages.Row row(FhirClient client, Map<UUID, String> organisations) {
    return new FhirClientPages.Row(
        client.name(),
        organisations.getOrDefault(client.organisationId(), "Unknown"),
        day(client.createdAt()),
        client.active(),
        client.revokedAt() == null ? null : day(client.revokedAt()),
        client.active() ? BASE + "/" + client.id() + "/revoke" : null);
  }

  private Map<UUID, String> organisationNames() {
    return clients.organisations().stream()
        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
  }

  private static String day(Instant instant) {
    return DAY.format(instant.atZone(LONDON));
  }

  private static Optional<UUID> uuid(@Nullable String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  private static ResponseStatusException badRequest() {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST);
  }
}
