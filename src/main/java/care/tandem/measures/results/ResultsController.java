package care.tandem.measures.results;

import static care.tandem.system.Capability.SEE_RESULTS;

import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's questionnaire results: every instrument at a glance, then one instrument's scores over
 * time as a chart and a table, with change explained. The person and their team see the same
 * figures; the words differ.
 */
@Controller
class ResultsController {

  /** As the schema allows: an id from the address goes into the audit row only if it is one. */
  private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final Capabilities careAccess;
  private final ResultsPages pages;

  ResultsController(Capabilities careAccess, ResultsPages pages) {
    this.careAccess = careAccess;
    this.pages = pages;
  }

  @GetMapping("/people/{personId}/results")
  String showResults(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess access = careAccess.requireToSee(personId, viewer, SEE_RESULTS, "results.viewed");
    model.addAttribute("results", pages.overview(access));
    return "measures/results";
  }

  @GetMapping("/people/{personId}/results/{instrument}")
  String showInstrumentResults(
      @PathVariable UUID personId,
      @PathVariable String instrument,
      Authentication viewer,
      Model model) {
    String id = INSTRUMENT_ID.matcher(instrument).matches() ? instrument : "unknown";
    RecordAccess access =
        careAccess.requireToSee(
            personId, viewer, SEE_RESULTS, "results.viewed", Map.of("instrument", id));
    model.addAttribute(
        "results", pages.instrument(access, id).orElseThrow(RecordNotFoundException::new));
    return "measures/instrument-results";
  }
}
