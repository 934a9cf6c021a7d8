package care.tandem.directory.oruk;

import care.tandem.directory.Position;
import care.tandem.directory.PostcodeCentroids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral UK read API (version 3.0): services, services at locations, taxonomies and
 * terms, as ORUK JSON. Lists are pages of {@code per_page} (1 to 500, 50 unless asked); a page
 * beyond the last has empty {@code contents} and the true totals.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class OrukController {

  static final String PROFILE = "https://openreferraluk.org/profile/3.0";

  private final OrukReader reader;
  private final OrukSearch search;
  private final OrukPages pages;
  private final PostcodeCentroids centroids;

  OrukController(
      OrukReader reader, OrukSearch search, OrukPages pages, PostcodeCentroids centroids) {
    this.reader = reader;
    this.search = search;
    this.pages = pages;
    this.centroids = centroids;
  }

  @GetMapping({"/oruk", "/oruk/"})
  ObjectNode about() {
    ObjectNode about = pages.json().createObjectNode();
    about.put("version", "3.0");
    about.put("profile", PROFILE);
    about.put(
        "openapi_url",
        "https://raw.githubusercontent.com/openreferraluk/ORUK-API-Spec/refs/heads/main/openapi.json");
    about.put(
        "base_url",
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/oruk").toUriString());
    return about;
  }

  @GetMapping("/oruk/services")
  ObjectNode services(@RequestParam Map<String, String> parameters) {
    OrukQuery query = OrukQuery.of(parameters);
    OrukSearch.Found found = search.services(query);
    return pages.page(query, found.total(), reader.services(found.ids(), false));
  }

  @GetMapping("/oruk/services/{id}")
  ObjectNode service(@PathVariable String id) {
    UUID serviceId = OrukQuery.id(id);
    return reader.service(serviceId).orElseThrow(() -> new OrukNotFound("No service " + id));
  }

  @GetMapping("/oruk/service_at_locations")
  ObjectNode servicesAtLocations(@RequestParam Map<String, String> parameters) {
    OrukQuery query = OrukQuery.of(parameters);
    Position near = null;
    if (query.postcode() != null) {
      near =
          centroids
              .find(query.postcode())
              .orElseThrow(
                  () ->
                      new OrukBadRequest(
                          "postcode " + query.postcode().display() + " is not one we know"));
    } else if (query.proximity() != null) {
      throw new OrukBadRequest("proximity needs a postcode");
    }
    OrukSearch.Found found = search.servicesAtLocations(query, near);
    return pages.page(query, found.total(), reader.servicesAtLocations(found.ids()));
  }

  @GetMapping("/oruk/service_at_locations/{id}")
  ObjectNode serviceAtLocation(@PathVariable String id) {
    List<ObjectNode> found = reader.servicesAtLocations(List.of(OrukQuery.id(id)));
    if (found.isEmpty()) {
      throw new OrukNotFound("No service at location " + id);
    }
    return found.get(0);
  }

  @GetMapping("/oruk/taxonomies")
  ObjectNode taxonomies(@RequestParam Map<String, String> parameters) {
    OrukQuery query = OrukQuery.of(parameters);
    OrukPages.Ids ids = pages.ids("directory_taxonomy", "name", query);
    return pages.page(query, ids.total(), reader.taxonomies(ids.ids()));
  }

  @GetMapping("/oruk/taxonomies/{id}")
  ObjectNode taxonomy(@PathVariable String id) {
    List<ObjectNode> found = reader.taxonomies(List.of(OrukQuery.id(id)));
    if (found.isEmpty()) {
      throw new OrukNotFound("No taxonomy " + id);
    }
    return found.get(0);
  }

  @GetMapping("/oruk/taxonomy_terms")
  ObjectNode taxonomyTerms(@RequestParam Map<String, String> parameters) {
    OrukQuery query = OrukQuery.of(parameters);
    OrukPages.Ids ids = pages.ids("directory_taxonomy_term", "name", query);
    return pages.page(query, ids.total(), reader.taxonomyTerms(ids.ids()));
  }

  @GetMapping("/oruk/taxonomy_terms/{id}")
  ObjectNode taxonomyTerm(@PathVariable String id) {
    List<ObjectNode> found = reader.taxonomyTerms(List.of(OrukQuery.id(id)));
    if (found.isEmpty()) {
      throw new OrukNotFound("No taxonomy term " + id);
    }
    return found.get(0);
  }
}
