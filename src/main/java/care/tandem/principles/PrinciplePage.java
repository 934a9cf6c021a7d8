package care.tandem.principles;

import care.tandem.principles.PrincipleSolutions.SolutionLink;
import java.util.List;

/**
 * What a principle page shows: the principle, its four sections as safe HTML rendered from the
 * content files, and the guide solutions that serve it.
 */
public record PrinciplePage(
    PrincipleSummary principle,
    String forPersonHtml,
    String forPractitionersHtml,
    String forLeadsHtml,
    String signsHtml,
    List<SolutionLink> solutions) {

  PrinciplePage withSolutions(List<SolutionLink> links) {
    return new PrinciplePage(
        principle, forPersonHtml, forPractitionersHtml, forLeadsHtml, signsHtml, links);
  }
}
