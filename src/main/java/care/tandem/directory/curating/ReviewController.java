package care.tandem.directory.curating;

import care.tandem.directory.curating.ListingFormController.Ids;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue: listings not checked for a while or with a reported problem, marking one as
 * checked today, and resolving a problem report with a note.
 */
@Controller
class ReviewController {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
  private static final ZoneId LONDON = Listings.LONDON;

  private final ReviewQueue queue;
  private final ProblemReports reports;
  private final Listings listings;
  private final ListingChoices choices;
  private final ReviewSettings settings;

  ReviewController(
      ReviewQueue queue,
      ProblemReports reports,
      Listings listings,
      ListingChoices choices,
      ReviewSettings settings) {
    this.queue = queue;
    this.reports = reports;
    this.listings = listings;
    this.choices = choices;
    this.settings = settings;
  }

  @GetMapping("/directory/review")
  String showQueue(
      @RequestParam(name = "page", required = false) @Nullable String page, Model model) {
    LocalDate today = LocalDate.now(LONDON);
    int total = queue.count(today);
    int pages = Math.max(1, (total + ReviewQueue.PAGE_SIZE - 1) / ReviewQueue.PAGE_SIZE);
    int current = Math.min(pageNumber(page), pages);
    List<ReviewQueue.Due> due = queue.page(today, current);
    Map<UUID, List<ProblemReport>> open =
        reports.openFor(due.stream().map(ReviewQueue.Due::id).toList()).stream()
            .collect(Collectors.groupingBy(ProblemReport::serviceId));
    ListingChoices.Offered offered = choices.offered();
    List<ReviewPage.Item> items =
        due.stream()
            .map(
                listing ->
                    new ReviewPage.Item(
                        listing.name(),
                        "/directory/services/" + listing.id() + "/edit",
                        "/directory/review/services/" + listing.id() + "/checked",
                        listing.version(),
                        ListingStatus.fromCode(listing.status())
                            .map(ListingStatus::label)
                            .orElse(listing.status()),
                        DATE.format(listing.verifiedOn()),
                        listing.overdue(),
                        listing.owner() == null ? "Nobody" : offered.names().apply(listing.owner()),
                        open.getOrDefault(listing.id(), List.of()).stream()
                            .map(
                                report ->
                                    new ReviewPage.Report(
                                        report.description(),
                                        DATE.format(report.reportedAt().atZone(LONDON)),
                                        "/directory/review/reports/" + report.id()))
                            .toList()))
            .toList();
    Object notice = model.getAttribute(ListingFormController.NOTICE);
    Object problem = model.getAttribute("problem");
    model.addAttribute(
        "page",
        new ReviewPage.Queue(
            total,
            describe(settings.reviewAfter()),
            items,
            current > 1
                ? new Pagination.Step("/directory/review?page=" + (current - 1), null)
                : null,
            current < pages
                ? new Pagination.Step("/directory/review?page=" + (current + 1), null)
                : null,
            problem instanceof String text ? text : notice instanceof String text ? text : null,
            !(problem instanceof String)));
    return "directory/curating/review";
  }

  @PostMapping("/directory/review/services/{serviceId}/checked")
  String markChecked(
      @PathVariable UUID serviceId,
      @RequestParam(name = "version", required = false) @Nullable String version,
      Authentication viewer,
      RedirectAttributes redirect) {
    SavedListing saved = listings.find(serviceId).orElseThrow(Ids::notFound);
    try {
      listings.markChecked(saved.id(), Ids.version(version), Editor.of(viewer));
      redirect.addFlashAttribute(
          ListingFormController.NOTICE, saved.draft().name() + " marked as checked today");
    } catch (ListingChangedElsewhereException e) {
      redirect.addFlashAttribute(
          "problem",
          "Someone else changed "
              + saved.draft().name()
              + " while you were looking. Nothing was saved. Check it again.");
    }
    return "redirect:/directory/review";
  }

  @GetMapping("/directory/review/reports/{reportId}")
  String startResolve(@PathVariable UUID reportId, Model model) {
    ProblemReport report = open(reportId);
    return resolvePage(model, report, FormView.of(new ResolveForm(null)));
  }

  @PostMapping("/directory/review/reports/{reportId}")
  String processResolve(
      @PathVariable("reportId") UUID id,
      @Valid @ModelAttribute ResolveForm form,
      BindingResult result,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    ProblemReport report = reports.findOpen(id).orElse(null);
    if (report == null) {
      redirect.addFlashAttribute(ListingFormController.NOTICE, "That problem is already resolved");
      return "redirect:/directory/review";
    }
    if (result.hasErrors()) {
      return resolvePage(model, report, FormView.of(result));
    }
    reports.resolve(id, form.note().strip(), Editor.of(viewer));
    redirect.addFlashAttribute(ListingFormController.NOTICE, "Problem resolved");
    return "redirect:/directory/review";
  }

  private ProblemReport open(UUID reportId) {
    return reports.findOpen(reportId).orElseThrow(Ids::notFound);
  }

  private String resolvePage(Model model, ProblemReport report, FormView form) {
    String name =
        listings.find(report.serviceId()).map(saved -> saved.draft().name()).orElse("A listing");
    model.addAttribute(
        "page",
        new ReviewPage.Resolve(
            name,
            report.description(),
            DATE.format(report.reportedAt().atZone(LONDON)),
            "/directory/review/reports/" + report.id(),
            form));
    return "directory/curating/resolve";
  }

  private static int pageNumber(@Nullable String page) {
    try {
      return Math.max(1, Integer.parseInt(page == null ? "1" : page));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** "6 months", "1 year", "90 days": the setting in words. */
  static String describe(java.time.Period period) {
    StringBuilder words = new StringBuilder();
    append(words, period.getYears(), "year");
    append(words, period.getMonths(), "month");
    append(words, period.getDays(), "day");
    return words.length() == 0 ? "0 days" : words.toString();
  }

  private static void append(StringBuilder words, int amount, String unit) {
    if (amount == 0) {
      return;
    }
    if (words.length() > 0) {
      words.append(" and ");
    }
    words.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
  }
}
