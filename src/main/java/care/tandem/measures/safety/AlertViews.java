package care.tandem.measures.safety;

import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.web.CareDates;
import care.tandem.identity.StaffDirectory;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Shapes alerts for the alerts pages: names, dates in UK time, labels and links. */
@Component
class AlertViews {

  private final People people;
  private final StaffDirectory staff;
  private final Instruments instruments;
  private final AlertRepository alerts;

  AlertViews(People people, StaffDirectory staff, Instruments instruments, AlertRepository alerts) {
    this.people = people;
    this.staff = staff;
    this.instruments = instruments;
    this.alerts = alerts;
  }

  /**
   * @param onTeam whether the viewer is on each person's team (their own teams' alerts); a service
   *     lead looking at escalated alerts sees no names or links unless they are on the team too
   */
  List<AlertPages.Line> lines(List<SafetyAlert> list, UUID viewer, boolean onTeam) {
    Map<UUID, Person> named =
        onTeam ? people.findAll(list.stream().map(SafetyAlert::person).toList()) : Map.of();
    return list.stream()
        .map(
            alert -> {
              Person person = named.get(alert.person());
              return new AlertPages.Line(
                  person == null ? null : "/alerts/" + alert.id(),
                  person == null ? null : person.details().displayName(),
                  shortTitle(alert.instrument()),
                  CareDates.dateAndTime(alert.raisedAt()),
                  owner(alert.owner(), viewer),
                  alert.status().label,
                  alert.status() == SafetyAlert.Status.OPEN ? "red" : "yellow",
                  alert.escalatedAt() == null ? null : CareDates.dateAndTime(alert.escalatedAt()));
            })
        .toList();
  }

  /**
   * Alerts as the record shows them: a warning at the top of each record page and the history.
   *
   * @param onTeam whether the viewer is on the team (and so may open the alert's page)
   */
  List<AlertPages.OnRecord> onRecord(List<SafetyAlert> list, UUID viewer, boolean onTeam) {
    return list.stream()
        .map(
            alert -> {
              Optional<Instrument> instrument = instruments.find(alert.instrument());
              String raised = CareDates.dateAndTime(alert.raisedAt());
              String questions = questions(alert, instrument);
              List<SummaryListRow> rows = new ArrayList<>();
              rows.add(SummaryListRow.of("Raised by", questions));
              rows.add(SummaryListRow.of("Owner", owner(alert.owner(), viewer)));
              rows.add(SummaryListRow.of("Status", alert.status().label));
              if (alert.acknowledgedAt() != null && alert.acknowledgedBy() != null) {
                rows.add(
                    SummaryListRow.of(
                        "Acknowledged",
                        staff.displayName(alert.acknowledgedBy())
                            + ", "
                            + CareDates.dateAndTime(alert.acknowledgedAt())));
              }
              if (alert.closedAt() != null && alert.closedBy() != null) {
                rows.add(
                    SummaryListRow.of(
                        "Closed",
                        staff.displayName(alert.closedBy())
                            + ", "
                            + CareDates.dateAndTime(alert.closedAt())));
              }
              if (alert.outcome() != null) {
                List<String> outcome = new ArrayList<>();
                outcome.add(alert.outcome().label);
                if (alert.outcomeNote() != null) {
                  outcome.add(alert.outcomeNote());
                }
                rows.add(SummaryListRow.of("Outcome", outcome));
              }
              return new AlertPages.OnRecord(
                  "Safety alert raised " + raised,
                  questions,
                  raised,
                  owner(alert.owner(), viewer),
                  alert.status().label,
                  alert.status() == SafetyAlert.Status.OPEN,
                  onTeam ? "/alerts/" + alert.id() : null,
                  rows);
            })
        .toList();
  }

  /** "PHQ-9 question 9": the questions whose answers raised the alert. */
  private String questions(SafetyAlert alert, Optional<Instrument> instrument) {
    String title = instrument.map(Instrument::shortTitle).orElse(alert.instrument());
    List<String> numbers =
        alert.flagged().stream()
            .map(
                linkId ->
                    instrument
                        .map(i -> i.questions().indexOf(i.question(linkId).orElse(null)) + 1)
                        .filter(n -> n > 0)
                        .map(String::valueOf)
                        .orElse(linkId))
            .toList();
    return title
        + (numbers.size() == 1 ? " question " : " questions ")
        + String.join(" and ", numbers);
  }

  AlertPages.AlertPage page(
      SafetyAlerts.Opened opened,
      @Nullable FormView acknowledge,
      @Nullable FormView close,
      AlertForms.@Nullable CloseForm notSaved,
      @Nullable String problem,
      @Nullable String notice) {
    SafetyAlert alert = opened.alert();
    Person person = people.person(opened.access());
    Optional<Instrument> instrument = instruments.find(alert.instrument());
    String version = String.valueOf(alert.version());
    String key = UUID.randomUUID().toString();
    String base = "/alerts/" + alert.id();
    return new AlertPages.AlertPage(
        "Safety alert",
        person.details().displayName(),
        "/people/" + alert.person(),
        summary(alert, instrument, opened.access().account()),
        flagged(alert, instrument),
        history(alert),
        alert.status() == SafetyAlert.Status.OPEN && opened.mayClose(),
        alert.status() == SafetyAlert.Status.CLOSED,
        opened.mayClose(),
        base + "/acknowledge",
        base + "/close",
        acknowledge != null
            ? acknowledge
            : FormView.of(new AlertForms.AcknowledgeForm(version, key)),
        close != null
            ? close
            : FormView.of(
                new AlertForms.CloseForm(
                    version,
                    key,
                    notSaved == null ? null : notSaved.outcome(),
                    notSaved == null ? null : notSaved.note())),
        Arrays.stream(SafetyAlert.Outcome.values())
            .map(outcome -> Choice.of(outcome.code, outcome.label))
            .toList(),
        problem,
        notice);
  }

  private List<SummaryListRow> summary(
      SafetyAlert alert, Optional<Instrument> instrument, UUID viewer) {
    List<SummaryListRow> rows = new ArrayList<>();
    rows.add(
        SummaryListRow.of(
            "Questionnaire", instrument.map(Instrument::title).orElse(alert.instrument())));
    rows.add(SummaryListRow.of("Raised", CareDates.dateAndTime(alert.raisedAt())));
    rows.add(SummaryListRow.of("Owner", owner(alert.owner(), viewer)));
    rows.add(SummaryListRow.of("Status", alert.status().label));
    // A response a connected system sent that could not be stored: only the answer that raised
    // the alert was kept, and the clinician needs to know why the rest was refused.
    alerts
        .refusal(alert.response())
        .ifPresent(reason -> rows.add(SummaryListRow.of("Not stored as answered", reason)));
    return rows;
  }

  private List<AlertPages.FlaggedAnswer> flagged(
      SafetyAlert alert, Optional<Instrument> instrument) {
    Map<String, Integer> given = alerts.answers(alert.response(), alert.flagged());
    List<AlertPages.FlaggedAnswer> flagged = new ArrayList<>();
    for (String linkId : alert.flagged()) {
      Optional<Instrument.Question> question = instrument.flatMap(i -> i.question(linkId));
      Integer value = given.get(linkId);
      String answer =
          value == null
              ? "Not saved"
              : question
                  .flatMap(q -> q.option(value))
                  .map(Instrument.AnswerOption::label)
                  .orElse(String.valueOf(value));
      flagged.add(
          new AlertPages.FlaggedAnswer(
              question.map(Instrument.Question::text).orElse("Question " + linkId), answer));
    }
    return flagged;
  }

  private List<String> history(SafetyAlert alert) {
    List<String> history = new ArrayList<>();
    history.add("Raised " + CareDates.dateAndTime(alert.raisedAt()));
    if (alert.acknowledgedAt() != null && alert.acknowledgedBy() != null) {
      history.add(
          "Acknowledged by "
              + staff.displayName(alert.acknowledgedBy())
              + ", "
              + CareDates.dateAndTime(alert.acknowledgedAt()));
    }
    if (alert.escalatedAt() != null) {
      history.add("Sent to the service lead " + CareDates.dateAndTime(alert.escalatedAt()));
    } else if (alert.status() == SafetyAlert.Status.OPEN) {
      history.add(
          "Goes to the service lead "
              + CareDates.dateAndTime(alert.escalationDueAt())
              + " if nobody acknowledges it");
    }
    if (alert.closedAt() != null && alert.closedBy() != null && alert.outcome() != null) {
      history.add(
          "Closed by "
              + staff.displayName(alert.closedBy())
              + ", "
              + CareDates.dateAndTime(alert.closedAt())
              + ": "
              + alert.outcome().label
              + (alert.outcomeNote() == null ? "" : ". " + alert.outcomeNote()));
    }
    return history;
  }

  private String shortTitle(String instrument) {
    return instruments.find(instrument).map(Instrument::shortTitle).orElse(instrument);
  }

  private String owner(@Nullable UUID owner, UUID viewer) {
    if (owner == null) {
      return "Whole care team";
    }
    return viewer.equals(owner) ? "You" : staff.displayName(owner);
  }
}
