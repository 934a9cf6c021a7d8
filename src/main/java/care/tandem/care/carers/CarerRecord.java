package care.tandem.care.carers;

import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.RecordHeaders;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The record overview as someone helping the person sees it: links to the sections the person
 * consented to, and nothing else (no "about me", details or team).
 */
@Component
public class CarerRecord {

  private final Helpers helpers;
  private final RecordHeaders headers;

  CarerRecord(Helpers helpers, RecordHeaders headers) {
    this.helpers = helpers;
    this.headers = headers;
  }

  /** Fills the model for the carer's overview and names its template. */
  public String show(RecordAccess access, Model model) {
    Helper helper = helpers.consentOf(access).orElseThrow(RecordNotFoundException::new);
    String base = "/people/" + access.person();
    List<CarerPages.SectionLink> sections = new ArrayList<>();
    if (helper.may(HelperPermission.READ_PLAN)) {
      sections.add(
          new CarerPages.SectionLink(
              "Care plan", base + "/plan", "What matters, goals and the steps agreed"));
    }
    if (helper.may(HelperPermission.CONVERSATION)) {
      sections.add(
          new CarerPages.SectionLink(
              "Conversation", base + "/conversation", "Read and write messages to the care team"));
    }
    if (helper.may(HelperPermission.HELP_ANSWER)) {
      sections.add(
          new CarerPages.SectionLink(
              "Questionnaires", base + "/questionnaires", "Help answer questionnaires"));
    }
    if (helper.may(HelperPermission.SEE_RESULTS)) {
      sections.add(
          new CarerPages.SectionLink(
              "Results", base + "/results", "Scores from questionnaires over time"));
    }
    model.addAttribute(
        "page",
        new CarerPages.CarerRecordPage(headers.of(access, base), helper.relationship(), sections));
    return "care/carers/record";
  }
}
