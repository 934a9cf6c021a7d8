package care.tandem.measures.results;

import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.measures.Change;
import care.tandem.measures.ChangeRules;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.system.components.SummaryListRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the results pages from the stored scores: nothing is scored again here, and change comes
 * from the {@link ChangeRules}. Takes a {@link RecordAccess}, so the caller has checked access.
 */
@Component
class ResultsPages {

  private final SubmittedResponses responses;
  private final Instruments instruments;
  private final ChangeRules rules;
  private final RecordHeaders headers;
  private final People people;
  private final TalkingTherapiesOutcome talkingTherapies;

  ResultsPages(
      SubmittedResponses responses,
      Instruments instruments,
      ChangeRules rules,
      RecordHeaders headers,
      People people,
      TalkingTherapiesOutcome talkingTherapies) {
    this.talkingTherapies = talkingTherapies;
    this.responses = responses;
    this.instruments = instruments;
    this.rules = rules;
    this.headers = headers;
    this.people = people;
  }

  static String resultsHref(RecordAccess access) {
    return "/people/" + access.person() + "/results";
  }

  static String questionnairesHref(RecordAccess access) {
    return "/people/" + access.person() + "/questionnaires";
  }

  ResultsOverview overview(RecordAccess access) {
    Map<String, List<SubmittedResponse>> byInstrument = new LinkedHashMap<>();
    for (SubmittedResponse response : responses.all(access)) {
      byInstrument.computeIfAbsent(response.instrument(), id -> new ArrayList<>()).add(response);
    }
    List<ResultsOverview.Line> lines = new ArrayList<>();
    for (Instrument instrument : instruments.all()) {
      List<SubmittedResponse> results = byInstrument.get(instrument.id());
      if (results != null) {
        lines.add(line(access, instrument, results));
      }
    }
    return new ResultsOverview(
        headers.of(access, resultsHref(access)),
        people.person(access).fullName(),
        access.isThePerson(),
        lines,
        questionnairesHref(access));
  }

  private static ResultsOverview.Line line(
      RecordAccess access, Instrument instrument, List<SubmittedResponse> results) {
    SubmittedResponse first = results.get(0);
    SubmittedResponse latest = results.get(results.size() - 1);
    String change =
        results.size() == 1
            ? "First result"
            : ChangeWords.difference(latest.total() - first.total())
                + " since "
                + CareDates.date(first.submittedAt());
    return new ResultsOverview.Line(
        instrument.shortTitle(),
        resultsHref(access) + "/" + instrument.id(),
        latest.total() + " out of " + instrument.totalMax(),
        latest.score(instrument).band().label(),
        CareDates.date(latest.submittedAt()),
        change);
  }

  /** The instrument's page, or empty for an instrument this deployment does not know. */
  Optional<InstrumentResults> instrument(RecordAccess access, String instrumentId) {
    return instruments.find(instrumentId).map(found -> page(access, found));
  }

  private InstrumentResults page(RecordAccess access, Instrument instrument) {
    List<SubmittedResponse> results = responses.of(access, instrument.id());
    boolean person = access.isThePerson();
    @Nullable String latest = null;
    @Nullable ScoreChart chart = null;
    List<String> personChange = List.of();
    List<SummaryListRow> teamChange = List.of();
    if (!results.isEmpty()) {
      SubmittedResponse last = results.get(results.size() - 1);
      latest = latestWords(instrument, last, person);
      chart =
          ScoreChart.of(
              "chart-" + instrument.id(),
              instrument,
              results.stream()
                  .map(
                      r ->
                          new ScoreChart.Point(
                              r.submittedAt().atZone(CareDates.UK_TIME).toLocalDate(), r.total()))
                  .toList());
    }
    if (results.size() > 1) {
      SubmittedResponse first = results.get(0);
      SubmittedResponse last = results.get(results.size() - 1);
      SubmittedResponse previous = results.size() > 2 ? results.get(results.size() - 2) : null;
      Change change =
          rules.between(
              instrument,
              first.score(instrument),
              previous == null ? null : previous.score(instrument),
              last.score(instrument));
      Integer before = results.get(results.size() - 2).total();
      TalkingTherapiesOutcome.Judgement paired = paired(access, instrument);
      if (person) {
        personChange =
            ChangeWords.forThePerson(
                change,
                CareDates.date(first.submittedAt()),
                first.total(),
                previous == null ? null : before,
                last.total(),
                paired,
                !talkingTherapies.withholdRecoveryWords(access));
      } else {
        teamChange =
            ChangeWords.forTeam(instrument, change, first.total(), before, last.total(), paired);
      }
    }
    return new InstrumentResults(
        headers.of(access, resultsHref(access)),
        people.person(access).fullName(),
        person,
        instrument.shortTitle(),
        instrument.title(),
        latest,
        chart,
        (person ? "Your " : "") + instrument.shortTitle() + " scores, oldest first",
        ResultsTable.head(instrument, person),
        ResultsTable.rows(instrument, results),
        teamChange,
        personChange,
        ChangeWords.meanings(instrument),
        resultsHref(access),
        questionnairesHref(access));
  }

  /**
   * For PHQ-9 and GAD-7, the outcome judged on both together (NHS Talking Therapies); null for
   * other measures, which are judged on their own rules.
   */
  private TalkingTherapiesOutcome.@Nullable Judgement paired(
      RecordAccess access, Instrument instrument) {
    if (!instrument.id().equals(TalkingTherapiesOutcome.PHQ9)
        && !instrument.id().equals(TalkingTherapiesOutcome.GAD7)) {
      return null;
    }
    return talkingTherapies.judge(responses.all(access)).orElse(null);
  }

  /** For the person, never a label on them; for the team, the band as the instrument names it. */
  static String latestWords(Instrument instrument, SubmittedResponse latest, boolean person) {
    String band = latest.score(instrument).band().label();
    String date = CareDates.date(latest.submittedAt());
    if (person) {
      return "Your answers on "
          + date
          + " scored "
          + latest.total()
          + " out of "
          + instrument.totalMax()
          + ". Scores like this are often described as "
          + ChangeWords.inSentence(band)
          + ". Talk to your team about what it means for you.";
    }
    return "Latest: "
        + latest.total()
        + " out of "
        + instrument.totalMax()
        + " ("
        + band
        + (latest.caseness() ? ", at or above the cut-off" : "")
        + ") on "
        + date
        + ".";
  }
}
