package care.tandem.learning.pathways;

import care.tandem.care.RecordNotFoundException;
import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.measures.Instruments;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service leads list, start and build pathways: add, move and remove steps with plain buttons. */
@Controller
class PathwayBuilderController {

  private final PathwayRepository pathways;
  private final PathwayEditing editing;
  private final CheckInTaskRepository tasks;
  private final StepCheck check;
  private final Library library;
  private final Instruments instruments;

  PathwayBuilderController(
      PathwayRepository pathways,
      PathwayEditing editing,
      CheckInTaskRepository tasks,
      StepCheck check,
      Library library,
      Instruments instruments) {
    this.pathways = pathways;
    this.editing = editing;
    this.tasks = tasks;
    this.check = check;
    this.library = library;
    this.instruments = instruments;
  }

  @GetMapping("/pathways")
  String showPathways(Model model) {
    return list(model, FormView.of(NewPathwayForm.blank()));
  }

  @PostMapping("/pathways")
  String processNewPathway(
      @ModelAttribute NewPathwayForm form, Authentication viewer, Model model) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    FormView checked = form.checked();
    if (checked.hasErrors()) {
      return list(model, checked);
    }
    UUID id =
        editing.create(
            String.valueOf(form.title()).strip(),
            String.valueOf(form.summary()).strip(),
            key,
            viewer);
    return "redirect:/pathways/" + id;
  }

  @GetMapping("/pathways/{pathwayId}")
  String showPathway(@PathVariable UUID pathwayId, Model model) {
    return page(model, pathwayId, FormView.of(StepDraftForm.blank()));
  }

  @PostMapping("/pathways/{pathwayId}/steps")
  String processAddStep(
      @PathVariable UUID pathwayId,
      @ModelAttribute StepDraftForm form,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    Optional<StepKind> kind = StepKind.ofCode(form.kind() == null ? "" : form.kind());
    if (kind.isEmpty()) {
      return page(
          model, pathwayId, FormView.of(form).withError("kind", "Select what kind of step to add"));
    }
    StepKind chosen = kind.get();
    Optional<String> problem = check.problem(chosen, form.ref(chosen), form.words(chosen));
    if (problem.isPresent()) {
      return page(
          model,
          pathwayId,
          FormView.of(form).withError(StepDraftForm.fieldFor(chosen), problem.get()));
    }
    try {
      editing.add(
          pathwayId, version(version), chosen, form.ref(chosen), form.words(chosen), viewer);
      redirect.addFlashAttribute("banner", "Step added");
    } catch (PathwayChangedException e) {
      redirect.addFlashAttribute("banner", stale());
    }
    return "redirect:/pathways/" + pathwayId;
  }

  @PostMapping("/pathways/{pathwayId}/steps/{stepId}")
  String processChangeStep(
      @PathVariable UUID pathwayId,
      @PathVariable UUID stepId,
      @RequestParam(required = false) @Nullable String move,
      @RequestParam(required = false) @Nullable String version,
      Authentication viewer,
      RedirectAttributes redirect) {
    PathwayEditing.StepMove how =
        Arrays.stream(PathwayEditing.StepMove.values())
            .filter(m -> m.name().toLowerCase(java.util.Locale.ROOT).equals(move))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    try {
      editing.change(pathwayId, version(version), stepId, how, viewer);
      redirect.addFlashAttribute(
          "banner", how == PathwayEditing.StepMove.REMOVE ? "Step removed" : "Step moved");
    } catch (PathwayChangedException e) {
      redirect.addFlashAttribute("banner", stale());
    }
    return "redirect:/pathways/" + pathwayId;
  }

  private static String stale() {
    return "Someone else changed this pathway first. Nothing was changed. Check the steps below.";
  }

  private static int version(@Nullable String version) {
    try {
      return Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private String list(Model model, FormView form) {
    List<PathwayPages.PathwayLine> lines =
        pathways.all().stream()
            .map(
                p ->
                    new PathwayPages.PathwayLine(
                        p.title(),
                        p.summary(),
                        "/pathways/" + p.id(),
                        p.steps().size() == 1 ? "1 step" : p.steps().size() + " steps"))
            .toList();
    model.addAttribute("page", new PathwayPages.ListPage(lines, "/pathways"));
    model.addAttribute("form", form);
    return "learning/pathways/pathways";
  }

  private String page(Model model, UUID id, FormView form) {
    Pathway pathway = pathways.current(id).orElseThrow(RecordNotFoundException::new);
    List<PathwayStep> steps = pathway.steps();
    List<PathwayPages.StepRow> rows =
        steps.stream()
            .map(
                s ->
                    new PathwayPages.StepRow(
                        s.id().toString(),
                        s.position(),
                        s.kind().label(),
                        check.title(s),
                        s.position() == 1,
                        s.position() == steps.size()))
            .toList();
    model.addAttribute(
        "page",
        new PathwayPages.BuilderPage(
            pathway.title(),
            pathway.summary(),
            pathway.version(),
            rows,
            "/pathways/" + id + "/steps",
            Arrays.stream(StepKind.values()).map(k -> Choice.of(k.code(), k.label())).toList(),
            library.all().stream()
                .filter(Piece::forPeople)
                .map(p -> Choice.of(p.slug(), p.title()))
                .toList(),
            instruments.all().stream().map(i -> Choice.of(i.id(), i.title())).toList(),
            reasons(tasks.reasons(id)),
            "/pathways"));
    model.addAttribute("form", form);
    return "learning/pathways/pathway";
  }

  /** Each reason given, with counts under 5 shown as "fewer than 5" so nobody can be picked out. */
  static List<PathwayPages.ReasonRow> reasons(Map<String, Integer> counts) {
    return Arrays.stream(Barrier.values())
        .filter(b -> counts.containsKey(b.code()))
        .map(
            b -> {
              int n = counts.get(b.code());
              return new PathwayPages.ReasonRow(b.label(), n < 5 ? "fewer than 5" : "" + n);
            })
        .toList();
  }
}
