package care.tandem.directory.curating;

import care.tandem.directory.curating.ListingFormController.Ids;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anyone, signed in or not, can tell the directory editors a listing is wrong. The report goes to
 * the review queue; after sending, the same address thanks them (post, redirect, get).
 */
@Controller
class ProblemReportController {

  private final Listings listings;
  private final ProblemReports reports;

  ProblemReportController(Listings listings, ProblemReports reports) {
    this.listings = listings;
    this.reports = reports;
  }

  @GetMapping("/directory/services/{serviceId}/report")
  String startReport(
      @PathVariable UUID serviceId,
      @RequestParam(name = "sent", required = false) @Nullable String sent,
      CsrfToken csrf,
      Model model) {
    SavedListing listing = found(serviceId);
    FormView form = FormView.of(new ProblemReportForm(null, UUID.randomUUID().toString()));
    return page(model, listing, form, sent != null, csrf);
  }

  @PostMapping("/directory/services/{serviceId}/report")
  String processReport(
      @PathVariable UUID serviceId,
      @Valid @ModelAttribute ProblemReportForm form,
      BindingResult result,
      @Nullable Authentication viewer,
      CsrfToken csrf,
      Model model) {
    SavedListing listing = found(serviceId);
    UUID key = Ids.required(form.idempotencyKey());
    if (result.hasErrors()) {
      return page(model, listing, FormView.of(result), false, csrf);
    }
    reports.report(listing.id(), form.description().strip(), key, Editor.orNobody(viewer));
    return "redirect:/directory/services/" + listing.id() + "/report?sent=yes";
  }

  private SavedListing found(UUID serviceId) {
    return listings.find(serviceId).orElseThrow(Ids::notFound);
  }

  private static String page(
      Model model, SavedListing listing, FormView form, boolean sent, CsrfToken csrf) {
    String href = "/directory/services/" + listing.id();
    model.addAttribute(
        "page",
        new ProblemReportPage(
            listing.draft().name(),
            href,
            href + "/report",
            form,
            sent,
            csrf.getParameterName(),
            sent ? "" : csrf.getToken()));
    return "directory/curating/report";
  }
}
