package care.tandem.measures.results;

import care.tandem.care.web.RecordHeader;
import java.util.List;

/**
 * The results page: one line per instrument the person has results for.
 *
 * @param questionnairesHref where questionnaires are asked, for the empty state
 */
public record ResultsOverview(
    RecordHeader header,
    String personName,
    boolean forThePerson,
    List<Line> instruments,
    String questionnairesHref) {

  /**
   * One instrument's latest result.
   *
   * @param latest "9 out of 27"
   * @param change "Down 9 since 3 March 2026", or "First result"
   */
  public record Line(
      String title, String href, String latest, String band, String date, String change) {}
}
