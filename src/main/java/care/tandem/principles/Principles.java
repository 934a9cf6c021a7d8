package care.tandem.principles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The principles module's public face: which principles exist and how to link to them. */
@Service
public class Principles {

  private final PrincipleContent content;
  private final PrincipleRepository repository;
  private final ObjectProvider<PrincipleSolutions> solutions;

  Principles(
      PrincipleContent content,
      PrincipleRepository repository,
      ObjectProvider<PrincipleSolutions> solutions) {
    this.content = content;
    this.repository = repository;
    this.solutions = solutions;
  }

  /** Every principle id, known as soon as the application starts. */
  public Set<String> ids() {
    return content.ids();
  }

  /** The principles with these ids, in principle order; unknown ids are left out. */
  public List<PrincipleSummary> summaries(Collection<String> ids) {
    return repository.findAll(ids);
  }

  List<PrincipleSummary> all() {
    return repository.findAll();
  }

  Optional<PrinciplePage> page(String id) {
    return repository
        .find(id)
        .map(
            page ->
                page.withSolutions(
                    solutions
                        .orderedStream()
                        .flatMap(source -> source.solutionsServing(id).stream())
                        .toList()));
  }
}
