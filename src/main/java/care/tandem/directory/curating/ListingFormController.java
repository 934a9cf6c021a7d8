package care.tandem.directory.curating;

import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Directory editors add a listing and change one, never silently over someone else's change. */
@Controller
class ListingFormController {

  static final String NOTICE = "notice";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final Listings listings;
  private final ListingChecks checks;
  private final ListingChoices choices;

  ListingFormController(Listings listings, ListingChecks checks, ListingChoices choices) {
    this.listings = listings;
    this.checks = checks;
    this.choices = choices;
  }

  @GetMapping("/directory/services/new")
  String startListing(Authentication viewer, Model model) {
    return page(model, null, FormView.of(ListingForm.blank(Editor.of(viewer).accountId())), null);
  }

  @PostMapping("/directory/services/new")
  String processNewListing(
      @Valid @ModelAttribute ListingForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = Ids.required(form.idempotencyKey());
    ListingChoices.Offered offered = choices.offered();
    ListingChecks.Checked checked =
        checks.check(form, result, offered.organisationIds(), offered.ownerIds());
    if (checked.hasProblems()) {
      return page(model, null, checked.form(), null);
    }
    UUID id = listings.create(checked.draft(), key, Editor.of(viewer));
    redirect.addFlashAttribute(NOTICE, "Listing added");
    return "redirect:/directory/services/" + id + "/edit";
  }

  @GetMapping("/directory/services/{serviceId}/edit")
  String startChange(@PathVariable UUID serviceId, Model model) {
    SavedListing saved = found(serviceId);
    return page(model, saved, FormView.of(ListingForms.from(saved)), null);
  }

  @PostMapping("/directory/services/{serviceId}/edit")
  String processChange(
      @PathVariable UUID serviceId,
      @Valid @ModelAttribute ListingForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SavedListing saved = found(serviceId);
    int version = Ids.version(form.version());
    ListingChoices.Offered offered = choices.offered();
    ListingChecks.Checked checked =
        checks.check(form, result, offered.organisationIds(), offered.ownerIds());
    if (checked.hasProblems()) {
      return page(model, saved, checked.form(), null);
    }
    try {
      listings.change(saved.id(), version, checked.draft(), Editor.of(viewer));
    } catch (ListingChangedElsewhereException e) {
      SavedListing now = listings.find(saved.id()).orElseThrow(Ids::notFound);
      Map<String, String> typed = ListingForms.lines(checked.draft(), offered.names());
      Map<String, String> current = ListingForms.lines(now.draft(), offered.names());
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      List<String> unsaved = ListingForms.differences(typed, current);
      return page(
          model,
          now,
          FormView.of(ListingForms.from(now)),
          unsaved.isEmpty() ? List.of("Nothing different from what is saved now") : unsaved);
    }
    redirect.addFlashAttribute(NOTICE, "Listing saved");
    return "redirect:/directory/services/" + saved.id() + "/edit";
  }

  private SavedListing found(UUID serviceId) {
    return listings.find(serviceId).orElseThrow(Ids::notFound);
  }

  private String page(
      Model model,
      @Nullable SavedListing saved,
      FormView form,
      @Nullable List<String> unsavedChanges) {
    boolean adding = saved == null;
    ListingChoices.Offered offered = choices.offered();
    model.addAttribute(
        "page",
        new ListingFormPage(
            adding ? "Add a service to the directory" : "Change " + saved.draft().name(),
            adding ? "/directory/services/new" : "/directory/services/" + saved.id() + "/edit",
            adding ? "Add service" : "Save changes",
            form,
            offered.organisations(),
            offered.statuses(),
            offered.needs(),
            offered.delivery(),
            offered.accessibility(),
            offered.owners(),
            ListingFormPage.allDays(),
            adding ? null : "/directory/services/" + saved.id(),
            adding ? null : DATE.format(saved.verifiedOn()),
            unsavedChanges == null ? List.of() : unsavedChanges,
            model.getAttribute(NOTICE) instanceof String text ? text : null));
    return "directory/curating/listing-form";
  }

  /** Reads ids and versions from hidden fields: a bad one is a bad request. */
  static final class Ids {
    private Ids() {}

    static UUID required(@Nullable String value) {
      try {
        return UUID.fromString(value == null ? "" : value);
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
    }

    static int version(@Nullable String value) {
      try {
        int version = Integer.parseInt(value == null ? "" : value);
        if (version < 0) {
          throw new NumberFormatException("negative");
        }
        return version;
      } catch (NumberFormatException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
    }

    static ResponseStatusException notFound() {
      return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
