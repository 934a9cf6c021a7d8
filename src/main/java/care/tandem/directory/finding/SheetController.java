package care.tandem.directory.finding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A printable "services for you" sheet a practitioner can hand over: up to {@value #MAX} services
 * chosen from the results, each with what it offers, how to contact it, when, where and cost.
 */
@Controller
class SheetController {

  static final int MAX = 10;
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ServiceListings listings;

  SheetController(ServiceListings listings) {
    this.listings = listings;
  }

  @GetMapping("/directory/sheet")
  String showSheet(
      @RequestParam(name = "service", required = false) List<String> chosen, Model model) {
    List<String> asked = chosen == null ? List.of() : chosen;
    String problem = null;
    List<ServiceView> services = new ArrayList<>();
    if (asked.isEmpty()) {
      problem = "Select at least one service from the results to make a sheet.";
    } else if (asked.size() > MAX) {
      problem = "Select " + MAX + " services or fewer. A short sheet is easier to use.";
    } else {
      for (String id : asked.stream().distinct().toList()) {
        UUID serviceId = id(id);
        if (serviceId == null) {
          continue;
        }
        listings
            .find(serviceId)
            .map(found -> ServiceViews.of(found, null))
            .ifPresent(services::add);
      }
      if (services.isEmpty()) {
        problem =
            "We could not find those services. Search again and select them from the results.";
      }
    }
    model.addAttribute("services", services);
    model.addAttribute("problem", problem);
    model.addAttribute("madeOn", DAY_MONTH_YEAR.format(LocalDate.now(ZoneId.of("Europe/London"))));
    return "directory/finding/sheet";
  }

  private static UUID id(String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
