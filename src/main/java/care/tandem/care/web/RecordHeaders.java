package care.tandem.care.web;

import care.tandem.care.BreakGlass;
import care.tandem.care.Helper;
import care.tandem.care.HelperPermission;
import care.tandem.care.Helpers;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link RecordHeader} for a record page. Sections other parts of the record add (plan,
 * conversation, timeline) go in {@link #sections}.
 */
@Component
public class RecordHeaders {

  private final People people;
  private final BreakGlass breakGlass;
  private final ObjectProvider<RecordWarning> warnings;
  private final Helpers helpers;

  RecordHeaders(
      People people,
      BreakGlass breakGlass,
      ObjectProvider<RecordWarning> warnings,
      Helpers helpers) {
    this.people = people;
    this.breakGlass = breakGlass;
    this.warnings = warnings;
    this.helpers = helpers;
  }

  /** The header for the record, with {@code currentHref} marked as the section shown. */
  public RecordHeader of(RecordAccess access, String currentHref) {
    Person person = people.person(access);
    return new RecordHeader(
            person.id().toString(),
            person.details().displayName(),
            CareDates.date(person.details().dateOfBirth()),
            person.details().nhsNumber() == null || access.isHelper()
                ? null
                : person.details().nhsNumber().formatted(),
            access.isHelper() ? helperSections(access) : sections(access),
            access.basis() == RecordAccess.Basis.BREAK_GLASS
                ? breakGlass
                    .activeGrant(access.person(), access.account())
                    .map(grant -> CareDates.time(grant.expiresAt()))
                    .orElse(null)
                : null,
            warnings
                .orderedStream()
                .flatMap(warning -> warning.forRecord(access).stream())
                .toList())
        .at(currentHref);
  }

  private static List<RecordHeader.Section> sections(RecordAccess access) {
    String base = "/people/" + access.person();
    List<RecordHeader.Section> sections = new ArrayList<>();
    sections.add(new RecordHeader.Section("Overview", base, false));
    // plan (care.tandem.plan) and conversation (care.tandem.conversation)
    sections.add(new RecordHeader.Section("Care plan", base + "/plan", false));
    sections.add(new RecordHeader.Section("Conversation", base + "/conversation", false));
    sections.add(new RecordHeader.Section("About me", base + "/about-me", false));
    sections.add(new RecordHeader.Section("Care team", base + "/team", false));
    // timeline (care.tandem.care.timeline)
    sections.add(new RecordHeader.Section("Timeline", base + "/timeline", false));
    // measures (care.tandem.measures)
    sections.add(new RecordHeader.Section("Questionnaires", base + "/questionnaires", false));
    sections.add(new RecordHeader.Section("Results", base + "/results", false));
    // learning: check-ins (care.tandem.learning.checkins, issue 14)
    sections.add(new RecordHeader.Section("Check-ins", base + "/check-ins", false));
    // directory (care.tandem.directory.signposting)
    sections.add(new RecordHeader.Section("Signposts", base + "/signposts", false));
    if (access.isThePerson()) {
      sections.add(
          new RecordHeader.Section("Who has looked at my record", base + "/access-log", false));
      sections.add(new RecordHeader.Section("People who help me", base + "/helpers", false));
    }
    return sections;
  }

  /** Someone helping the person sees only the sections the person consented to (issue 13). */
  private List<RecordHeader.Section> helperSections(RecordAccess access) {
    String base = "/people/" + access.person();
    List<RecordHeader.Section> sections = new ArrayList<>();
    sections.add(new RecordHeader.Section("Overview", base, false));
    Helper helper = helpers.consentOf(access).orElse(null);
    if (helper == null) {
      return sections;
    }
    if (helper.may(HelperPermission.READ_PLAN)) {
      sections.add(new RecordHeader.Section("Care plan", base + "/plan", false));
    }
    if (helper.may(HelperPermission.CONVERSATION)) {
      sections.add(new RecordHeader.Section("Conversation", base + "/conversation", false));
    }
    if (helper.may(HelperPermission.HELP_ANSWER)) {
      sections.add(new RecordHeader.Section("Questionnaires", base + "/questionnaires", false));
    }
    if (helper.may(HelperPermission.SEE_RESULTS)) {
      sections.add(new RecordHeader.Section("Results", base + "/results", false));
    }
    return sections;
  }
}
