package care.tandem.directory.finding;

import care.tandem.directory.Position;
import care.tandem.directory.SignpostCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public directory: the search page ({@code /directory}, results on the same page when anything
 * is asked for) and each service's page with everything needed to make contact.
 */
@Controller
class FindingController {

  private final DirectorySearch search;
  private final PostcodeLookup postcodes;
  private final ServiceListings listings;
  private final SignpostCounts counts;

  FindingController(
      DirectorySearch search,
      PostcodeLookup postcodes,
      ServiceListings listings,
      SignpostCounts counts) {
    this.search = search;
    this.postcodes = postcodes;
    this.listings = listings;
    this.counts = counts;
  }

  @GetMapping("/directory")
  String showSearch(
      @RequestParam MultiValueMap<String, String> parameters,
      @Nullable Authentication viewer,
      Model model) {
    Map<String, List<String>> asked = new LinkedHashMap<>(parameters);
    SearchRequest request = SearchParameters.read(asked);
    PostcodePlace place = null;
    Position origin = null;
    if (request.typedPostcode() != null) {
      place = postcodes.find(request.typedPostcode());
      if (place.isFound()) {
        origin = place.position();
        request = request.withCriteria(request.criteria().withPostcode(place.postcode()));
      } else {
        request = request.withError("postcode", place.message());
      }
    }
    SearchPage found = null;
    if (request.asked() && !request.hasErrors()) {
      found = search.find(request.criteria(), origin);
      if (found.beyondLastPage() && found.total() > 0) {
        int last = found.pageCount();
        request =
            request.withError(
                "results",
                "There is no page "
                    + request.criteria().page()
                    + ". The last page of results is page "
                    + last);
      }
    }
    model.addAttribute("search", SearchViews.of(request, found, place, Viewers.signedIn(viewer)));
    return "directory/finding/search";
  }

  @GetMapping("/directory/services/{id}")
  String showService(
      @PathVariable("id") UUID serviceId, @Nullable Authentication viewer, Model model) {
    ServiceDetails service = listings.find(serviceId).orElseThrow(ServiceNotFound::new);
    model.addAttribute(
        "service",
        ServiceViews.of(
            service,
            Viewers.signposts(viewer) ? counts.forService(serviceId) : null,
            Viewers.isThePerson(viewer)));
    return "directory/finding/service";
  }

  /** No listing with that id: the not-found page. */
  static final class ServiceNotFound extends ResponseStatusException {
    ServiceNotFound() {
      super(HttpStatus.NOT_FOUND);
    }
  }
}
