package care.tandem.fhir.web;

import care.tandem.fhir.FhirClient;
import care.tandem.fhir.FhirClients;
import care.tandem.fhir.smart.ClientKeys;
import care.tandem.fhir.smart.SmartRegistration;
import care.tandem.fhir.smart.SmartScopes;
import care.tandem.fhir.smart.TokenEndpoint;
import care.tandem.identity.Actor;
import care.tandem.identity.OrganisationSummary;
import care.tandem.system.SignedInUser;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * Admin pages for connected systems: register one to sign in with SMART Backend Services (its
 * public keys and what it may do; Tandem holds no secret of it), see one's settings, list them,
 * revoke one. Systems registered before SMART Backend Services keep their old-style token until its
 * end date, with a warning here.
 */
@Controller
class FhirClientAdminController {

  private static final String BASE = "/admin/fhir-clients";
  private static final String NOTICE = "notice";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private static final List<Choice> SCOPES =
      List.of(
          Choice.of(
              "system/*.rs",
              "Read and search records",
              "Every kind of record of the people this organisation's staff care for (SMART scope"
                  + " system/*.rs, or system/*.read)"),
          Choice.of(
              "system/QuestionnaireResponse.c",
              "Send questionnaire answers",
              "Answers are scored and safety-netted like answers given in Tandem (SMART scope"
                  + " system/QuestionnaireResponse.c, or system/QuestionnaireResponse.write)"));

  private final FhirClients clients;
  private final String publicAddress;

  FhirClientAdminController(
      FhirClients clients,
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress) {
    this.clients = clients;
    this.publicAddress = publicAddress.replaceAll("/+$", "");
  }

  @GetMapping(BASE)
  String showClients(Model model) {
    Map<UUID, String> organisations = organisationNames();
    List<FhirClient> all = clients.all();
    List<FhirClientPages.Row> rows =
        all.stream().map(client -> row(client, organisations)).toList();
    String notice = model.getAttribute(NOTICE) instanceof String text ? text : null;
    String warning =
        all.stream()
            .filter(client -> client.active() && client.staticToken())
            .map(clients::staticTokenEnd)
            .min(LocalDate::compareTo)
            .map(
                end ->
                    "Some systems still use an old-style token. Move them to SMART Backend Services"
                        + " by "
                        + DAY.format(end)
                        + ": their old-style tokens stop working then.")
            .orElse(null);
    model.addAttribute("page", new FhirClientPages.ListPage(rows, notice, warning));
    return "fhir/clients";
  }

  @GetMapping(BASE + "/new")
  String startClient(Model model) {
    return formPage(
        model,
        FormView.of(new FhirClientForm("", null, "", "", List.of(), UUID.randomUUID().toString())));
  }

  @PostMapping(BASE + "/new")
  String processNewClient(
      @AuthenticationPrincipal SignedInUser admin,
      @Valid @ModelAttribute("form") FhirClientForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = uuid(form.idempotencyKey()).orElseThrow(FhirClientAdminController::badRequest);
    Optional<UUID> organisation = uuid(form.organisation());
    FormView view = FormView.of(result);
    if (!result.hasFieldErrors("organisation")
        && (organisation.isEmpty() || !organisationNames().containsKey(organisation.get()))) {
      view = view.withError("organisation", "Select the organisation the system works for");
    }
    List<String> scopes = form.scopes() == null ? List.of() : form.scopes();
    if (!scopes.stream()
        .allMatch(scope -> SCOPES.stream().anyMatch(c -> c.value().equals(scope)))) {
      view = view.withError("scopes", "Select what the system may do");
    }
    FhirClients.SmartKeys keys = null;
    String address = blankToNull(form.jwksUrl());
    String pasted = blankToNull(form.publicKey());
    try {
      if (address != null && pasted != null) {
        view = view.withError("jwksUrl", "Enter a JWKS address or a public key, not both");
      } else if (address != null) {
        keys = new FhirClients.SmartKeys(ClientKeys.jwksAddress(address), null, scopes(scopes));
      } else if (pasted != null) {
        keys = new FhirClients.SmartKeys(null, ClientKeys.publicKeySet(pasted), scopes(scopes));
      } else if (!result.hasFieldErrors("jwksUrl") && !result.hasFieldErrors("publicKey")) {
        view =
            view.withError("jwksUrl", "Enter the system's JWKS address, or paste its public key");
      }
    } catch (ClientKeys.Unusable e) {
      view = view.withError(address != null ? "jwksUrl" : "publicKey", e.getMessage());
    }
    if (view.hasErrors() || keys == null || organisation.isEmpty()) {
      return formPage(model, view);
    }
    FhirClient registered =
        clients.registerSmart(
            form.name().strip(),
            organisation.get(),
            keys,
            key,
            new Actor(admin.accountId(), "ADMIN"));
    redirect.addFlashAttribute(NOTICE, registered.name() + " is registered");
    return "redirect:" + BASE + "/" + registered.id();
  }

  @GetMapping(BASE + "/{clientId}")
  String showClient(@PathVariable UUID clientId, Model model) {
    FhirClient client = clients.find(clientId).orElseThrow(() -> notFound());
    Optional<SmartRegistration> smart = clients.smartRegistration(clientId);
    List<SummaryListRow> details = new ArrayList<>();
    details.add(
        SummaryListRow.of(
            "Works for", organisationNames().getOrDefault(client.organisationId(), "Unknown")));
    details.add(
        SummaryListRow.of(
            "Status", client.active() ? "Active" : "Revoked on " + day(client.revokedAt())));
    details.add(SummaryListRow.of("Client ID", client.id().toString()));
    details.add(SummaryListRow.of("FHIR base address", publicAddress + "/fhir"));
    details.add(SummaryListRow.of("Token endpoint", TokenEndpoint.address(publicAddress)));
    details.add(
        SummaryListRow.of(
            "SMART configuration", publicAddress + "/fhir/.well-known/smart-configuration"));
    smart.ifPresent(
        registration -> {
          details.add(
              SummaryListRow.of(
                  "Public keys",
                  registration.jwksUrl() != null
                      ? "From " + registration.jwksUrl()
                      : "Pasted when it was registered"));
          details.add(SummaryListRow.of("May use", registration.scopes().granted()));
        });
    String notice = model.getAttribute(NOTICE) instanceof String text ? text : null;
    model.addAttribute(
        "page",
        new FhirClientPages.ClientPage(
            client.name(),
            details,
            notice,
            oldStyle(client),
            client.active() ? BASE + "/" + clientId + "/revoke" : null));
    return "fhir/client";
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
    model.addAttribute("page", new FhirClientPages.FormPage(form, organisations, SCOPES));
    return "fhir/client-form";
  }

  private FhirClientPages.Row row(FhirClient client, Map<UUID, String> organisations) {
    return new FhirClientPages.Row(
        client.name(),
        BASE + "/" + client.id(),
        organisations.getOrDefault(client.organisationId(), "Unknown"),
        day(client.createdAt()),
        client.active(),
        client.revokedAt() == null ? null : day(client.revokedAt()),
        client.active() ? BASE + "/" + client.id() + "/revoke" : null,
        oldStyle(client));
  }

  /** The warning for an active system still on an old-style token, or null. */
  private @Nullable String oldStyle(FhirClient client) {
    if (!client.active() || !client.staticToken()) {
      return null;
    }
    return "Uses an old-style token: move to SMART Backend Services by "
        + DAY.format(clients.staticTokenEnd(client));
  }

  private static SmartScopes scopes(List<String> chosen) {
    return new SmartScopes(chosen);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Map<UUID, String> organisationNames() {
    return clients.organisations().stream()
        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
  }

  private static String day(@Nullable Instant instant) {
    if (instant == null) {
      return "";
    }
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
