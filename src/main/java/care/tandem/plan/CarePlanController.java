package care.tandem.plan;

import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.RecordHeaders;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan page, its history, any earlier version, and the plan to print or download. */
@Controller
class CarePlanController {

  private final CareAccess careAccess;
  private final CarePlans plans;
  private final PlanPages pages;
  private final PlanPdf pdf;
  private final ObjectProvider<AddedPlanSection> added;
  private final RecordHeaders headers;

  CarePlanController(
      CareAccess careAccess,
      CarePlans plans,
      PlanPages pages,
      PlanPdf pdf,
      ObjectProvider<AddedPlanSection> added,
      RecordHeaders headers) {
    this.careAccess = careAccess;
    this.plans = plans;
    this.pages = pages;
    this.pdf = pdf;
    this.added = added;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/plan")
  String showPlan(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess access = careAccess.require(personId, viewer, "care-plan.viewed");
    model.addAttribute("plan", pages.now(access));
    model.addAttribute("header", headers.of(access, "/people/" + personId + "/plan"));
    model.addAttribute(
        "added",
        added.stream()
            .sorted(Comparator.comparingInt(AddedPlanSection::order))
            .flatMap(section -> section.forPlan(access).stream())
            .toList());
    return "plan/plan";
  }

  @GetMapping("/people/{personId}/plan/history")
  String showHistory(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess access = careAccess.require(personId, viewer, "care-plan.history-viewed");
    model.addAttribute("history", pages.history(access, plans.history(access)));
    return "plan/history";
  }

  @GetMapping("/people/{personId}/plan/versions/{version}")
  String showVersion(
      @PathVariable UUID personId,
      @PathVariable String version,
      Authentication viewer,
      Model model) {
    int number = PlanText.version(version);
    if (number < 1) {
      throw new RecordNotFoundException();
    }
    RecordAccess access =
        careAccess.require(
            personId,
            viewer,
            "care-plan.version-viewed",
            Map.of("version", String.valueOf(number)));
    CarePlan earlier = plans.version(access, number).orElseThrow(RecordNotFoundException::new);
    model.addAttribute("plan", pages.earlier(access, earlier));
    model.addAttribute("change", pages.change(access, plans.history(access), number));
    return "plan/version";
  }

  @GetMapping("/people/{personId}/plan/print")
  String showPrint(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess access = careAccess.require(personId, viewer, "care-plan.printed");
    model.addAttribute("plan", pages.now(access));
    model.addAttribute("header", headers.of(access, "/people/" + personId + "/plan"));
    model.addAttribute("printedOn", PlanDates.date(PlanDates.today()));
    return "plan/print";
  }

  @GetMapping("/people/{personId}/plan/pdf")
  ResponseEntity<byte[]> download(@PathVariable UUID personId, Authentication viewer) {
    RecordAccess access = careAccess.require(personId, viewer, "care-plan.downloaded");
    byte[] document = pdf.render(pages.now(access), PlanDates.date(PlanDates.today()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("care-plan.pdf").build().toString())
        .body(document);
  }
}
