package care.tandem.measures.results;

import care.tandem.care.web.CareDates;
import care.tandem.measures.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * The same figures as the chart, as a table: the chart is never the only way to read them. One row
 * per result, oldest first, with subscale totals where the instrument has subscales (PHQ-4).
 */
final class ResultsTable {

  private ResultsTable() {}

  static List<String> head(Instrument instrument, boolean forThePerson) {
    List<String> head = new ArrayList<>();
    head.add("Date");
    head.add("Score (out of " + instrument.totalMax() + ")");
    head.add(forThePerson ? "Often described as" : "Band");
    for (Instrument.Subscale subscale : instrument.subscales()) {
      head.add(subscale.title());
    }
    head.add("Change from previous");
    return head;
  }

  static List<List<String>> rows(Instrument instrument, List<SubmittedResponse> results) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      SubmittedResponse result = results.get(i);
      List<String> row = new ArrayList<>();
      row.add(
          result.helpedBy() == null
              ? CareDates.date(result.submittedAt())
              : CareDates.date(result.submittedAt())
                  + " (given with help from "
                  + result.helpedBy()
                  + ")");
      row.add(Integer.toString(result.total()));
      row.add(result.score(instrument).band().label());
      for (Instrument.Subscale subscale : instrument.subscales()) {
        Integer total = result.subscales().get(subscale.id());
        row.add(total == null ? "Not recorded" : total.toString());
      }
      row.add(
          i == 0
              ? "First result"
              : ChangeWords.difference(result.total() - results.get(i - 1).total()));
      rows.add(List.copyOf(row));
    }
    return rows;
  }
}
