package care.tandem.principles;

import java.util.List;

/**
 * Implemented by the guide: the guide solutions that serve a principle, so a principle page can
 * link to them without this module knowing the guide.
 */
public interface PrincipleSolutions {

  List<SolutionLink> solutionsServing(String principleId);

  /** A link to a guide solution. */
  record SolutionLink(String title, String summary, String href) {}
}
