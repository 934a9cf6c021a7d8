package care.tandem.measures.results;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.SummaryListRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One instrument's results page: the latest result in words, a chart, the same figures as a table,
 * change over time and what the words mean. Empty lists and a null chart when there are no results.
 *
 * @param latest the latest result in a sentence, kind for the person and clinical for the team
 * @param chart the scores over time, ready to draw
 * @param teamChange the team's change rows; empty for the person or with fewer than two results
 * @param personChange the person's change sentences; empty for the team or with fewer than two
 */
public record InstrumentResults(
    RecordHeader header,
    String personName,
    boolean forThePerson,
    String shortTitle,
    String title,
    @Nullable String latest,
    @Nullable ScoreChart chart,
    String tableCaption,
    List<String> tableHead,
    List<List<String>> tableRows,
    List<SummaryListRow> teamChange,
    List<String> personChange,
    List<SummaryListRow> meanings,
    String resultsHref,
    String questionnairesHref) {

  public boolean hasResults() {
    return !tableRows.isEmpty();
  }

  public boolean showsChange() {
    return !teamChange.isEmpty() || !personChange.isEmpty();
  }
}
