package care.tandem.guide.browse;

import care.tandem.guide.browse.GuideViews.AreaPage;
import care.tandem.guide.browse.GuideViews.AreaSummary;
import care.tandem.guide.browse.GuideViews.BarrierPage;
import care.tandem.guide.browse.GuideViews.ExamplePage;
import care.tandem.guide.browse.GuideViews.ProblemPage;
import care.tandem.guide.browse.GuideViews.SolutionPage;
import care.tandem.guide.content.GuideContentLoaded;
import care.tandem.principles.Principles;
import care.tandem.system.components.Link;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts each guide page together from the stored guide and the principles it links to.
 *
 * <p>The guide only changes when it is loaded at start, so a problem page — the most visited and
 * the most costly to assemble, about eight queries — is kept once assembled until the next load.
 * Only pages that exist are kept: unknown ids cannot fill the memory.
 */
@Service
@Transactional(readOnly = true)
class GuidePages {

  private final GuideCatalogue catalogue;
  private final Principles principles;
  private final Map<String, ProblemPage> problemPages = new ConcurrentHashMap<>();

  GuidePages(GuideCatalogue catalogue, Principles principles) {
    this.catalogue = catalogue;
    this.principles = principles;
  }

  List<AreaSummary> areas() {
    return catalogue.areas();
  }

  Optional<AreaPage> area(String id) {
    return catalogue
        .area(id)
        .map(
            area ->
                new AreaPage(area, catalogue.areaBody(id), catalogue.problemsInArea(area.id())));
  }

  ProblemList problems(ProblemFilter filter, int requestedPage) {
    int total = catalogue.countProblems(filter.roles(), filter.settings());
    int pages = Math.max(1, (total + ProblemList.PAGE_SIZE - 1) / ProblemList.PAGE_SIZE);
    int page = Math.min(Math.max(requestedPage, 1), pages);
    return new ProblemList(
        filter,
        catalogue.problems(filter.roles(), filter.settings(), page, ProblemList.PAGE_SIZE),
        total,
        page,
        pages);
  }

  Optional<ProblemPage> problem(String id) {
    ProblemPage kept = problemPages.get(id);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<ProblemPage> page = assembleProblem(id);
    page.ifPresent(assembled -> problemPages.put(id, assembled));
    return page;
  }

  @EventListener
  void forgetPagesOnReload(GuideContentLoaded loaded) {
    problemPages.clear();
  }

  private Optional<ProblemPage> assembleProblem(String id) {
    return catalogue
        .problem(id)
        .map(
            problem -> {
              var areaAndBody = catalogue.problemAreaAndBody(id);
              AreaSummary area = catalogue.area(areaAndBody.getKey()).orElseThrow();
              return new ProblemPage(
                  problem,
                  new Link(area.title(), area.href()),
                  areaAndBody.getValue(),
                  catalogue.solutionsFor(id),
                  catalogue.barriersFor(id),
                  catalogue.examplesFor(id),
                  principles.summaries(catalogue.principlesFor(id)));
            });
  }

  Optional<SolutionPage> solution(String id) {
    return catalogue
        .solution(id)
        .map(
            solution ->
                new SolutionPage(
                    solution,
                    catalogue.problemsLinkedTo("guide_problem_solution", "solution_id", id),
                    principles.summaries(catalogue.principlesOfSolution(id))));
  }

  Optional<BarrierPage> barrier(String id) {
    return catalogue
        .barrier(id)
        .map(
            barrier ->
                new BarrierPage(
                    barrier,
                    catalogue.problemsLinkedTo("guide_problem_barrier", "barrier_id", id)));
  }

  Optional<ExamplePage> example(String id) {
    return catalogue
        .example(id)
        .map(
            example ->
                new ExamplePage(
                    example,
                    catalogue.problemsLinkedTo("guide_problem_example", "example_id", id)));
  }
}
