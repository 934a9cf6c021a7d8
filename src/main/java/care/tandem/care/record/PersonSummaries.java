package care.tandem.care.record;

import care.tandem.care.AboutMe;
import care.tandem.care.ContactMethod;
import care.tandem.care.PersonDetails;
import care.tandem.care.web.CareDates;
import care.tandem.system.components.SummaryListRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Summary-list rows for a person's details and their "about me". */
final class PersonSummaries {

  static final String NOT_GIVEN = "Not given";

  private PersonSummaries() {}

  static List<SummaryListRow> details(PersonDetails d, @Nullable String changeHref) {
    List<SummaryListRow> rows = new ArrayList<>();
    rows.add(row("Name", d.fullName(), changeHref, "name"));
    rows.add(row("Preferred name", d.preferredName(), changeHref, "preferred name"));
    rows.add(row("Date of birth", CareDates.date(d.dateOfBirth()), changeHref, "date of birth"));
    rows.add(
        row(
            "NHS number",
            d.nhsNumber() == null ? null : d.nhsNumber().formatted(),
            changeHref,
            "NHS number"));
    rows.add(row("Email", d.email(), changeHref, "email"));
    rows.add(row("Phone", d.phone(), changeHref, "phone"));
    List<String> address = new ArrayList<>();
    for (String line : new String[] {d.addressLine1(), d.addressLine2(), d.town(), d.postcode()}) {
      if (line != null) {
        address.add(line);
      }
    }
    rows.add(lines("Address", address, changeHref, "address"));
    rows.add(
        row(
            "How to contact",
            d.contactMethods().stream().map(ContactMethod::label).collect(Collectors.joining(", ")),
            changeHref,
            "how to contact"));
    rows.add(row("When to contact", d.contactTimes(), changeHref, "when to contact"));
    rows.add(row("Accessibility needs", d.accessibilityNeeds(), changeHref, "accessibility needs"));
    rows.add(row("Communication needs", d.communicationNeeds(), changeHref, "communication needs"));
    return rows;
  }

  static List<SummaryListRow> aboutMe(AboutMe a) {
    return List.of(
        SummaryListRow.of("What matters to me", orNotGiven(a.whatMatters())),
        SummaryListRow.of("My work and money", orNotGiven(a.workAndMoney())),
        SummaryListRow.of("Caring for others", orNotGiven(a.caringDuties())),
        SummaryListRow.of("What makes my pain or mood worse", orNotGiven(a.whatMakesWorse())),
        SummaryListRow.of("What makes my pain or mood better", orNotGiven(a.whatMakesBetter())),
        SummaryListRow.of("What I have already tried", orNotGiven(a.alreadyTried())),
        SummaryListRow.of("How I want to be spoken to", orNotGiven(a.howToSpeakToMe())));
  }

  private static SummaryListRow row(
      String key, @Nullable String value, @Nullable String changeHref, String what) {
    return lines(
        key,
        value == null || value.isBlank() ? List.of() : value.lines().toList(),
        changeHref,
        what);
  }

  private static SummaryListRow lines(
      String key, List<String> lines, @Nullable String changeHref, String what) {
    SummaryListRow row = SummaryListRow.of(key, lines.isEmpty() ? List.of(NOT_GIVEN) : lines);
    return changeHref == null ? row : row.withAction("Change", changeHref, what);
  }

  private static List<String> orNotGiven(String text) {
    return text.isBlank() ? List.of(NOT_GIVEN) : text.lines().toList();
  }
}
