package care.tandem.guide.browse;

import care.tandem.principles.PrincipleSolutions;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells principle pages which guide solutions serve each principle. */
@Component
class GuidePrincipleSolutions implements PrincipleSolutions {

  private final GuideCatalogue catalogue;

  GuidePrincipleSolutions(GuideCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<SolutionLink> solutionsServing(String principleId) {
    return catalogue.solutionsServing(principleId).stream()
        .map(solution -> new SolutionLink(solution.title(), solution.summary(), solution.href()))
        .toList();
  }
}
