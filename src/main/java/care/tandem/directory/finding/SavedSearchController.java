package care.tandem.directory.finding;

import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved searches: "Save this search" on the results, a list to open or delete them. Each person
 * only ever sees their own; anyone else's id is not found. The saved query is checked by reading it
 * as search criteria, so a saved search always opens a valid search.
 */
@Controller
class SavedSearchController {

  static final int MAX_NAME = 100;

  private final SavedSearches saved;

  SavedSearchController(SavedSearches saved) {
    this.saved = saved;
  }

  @GetMapping("/directory/saved")
  String showSaved(Authentication viewer, Model model) {
    model.addAttribute(
        "searches",
        saved.of(account(viewer)).stream()
            .map(
                search ->
                    new SavedSearchRow(
                        search.name(),
                        "/directory?" + search.query(),
                        "/directory/saved/" + search.id() + "/delete"))
            .toList());
    return "directory/finding/saved";
  }

  @PostMapping("/directory/saved")
  String processSave(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String query,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    SearchRequest request = SearchParameters.readQuery(query == null ? "" : query);
    boolean postcodeUnread =
        request.typedPostcode() != null && request.criteria().postcode() == null;
    if (request.hasErrors() || postcodeUnread || !request.criteria().hasCriteria()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    String stored = request.criteria().withPage(1).toQuery();
    String typed = name == null ? "" : SearchParameters.clean(name);
    String problem = null;
    if (typed.isEmpty()) {
      problem = "Enter a name for this search";
    } else if (typed.length() > MAX_NAME) {
      problem = "Name must be " + MAX_NAME + " characters or fewer";
    } else if (saved.save(account(viewer), typed, stored) == SavedSearches.Saved.NAME_TAKEN) {
      problem = "You already have a saved search called ‘" + typed + "’. Choose another name";
    }
    if (problem != null) {
      model.addAttribute("name", new Field("name", "name", List.of(typed), problem));
      model.addAttribute("errors", List.of(new FormView.ErrorLink(problem, "#name")));
      model.addAttribute("query", stored);
      return "directory/finding/save";
    }
    redirect.addFlashAttribute("banner", "Search saved: " + typed);
    return "redirect:/directory/saved";
  }

  @PostMapping("/directory/saved/{id}/delete")
  String processDelete(
      @PathVariable("id") UUID searchId, Authentication viewer, RedirectAttributes redirect) {
    if (!saved.delete(account(viewer), searchId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute("banner", "Saved search deleted");
    return "redirect:/directory/saved";
  }

  private static UUID account(Authentication viewer) {
    return Viewers.account(viewer)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
