package care.tandem.learning.leaflets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A leaflet as a PDF to print: {@code /learn/<slug>/leaflet.pdf}, or in large print with {@code
 * ?size=large}. Only leaflet pieces have one; anything else is not found.
 */
@Controller
class LeafletController {

  private final PrintedLeaflets leaflets;

  LeafletController(PrintedLeaflets leaflets) {
    this.leaflets = leaflets;
  }

  @GetMapping("/learn/{slug}/leaflet.pdf")
  ResponseEntity<byte[]> showLeafletPdf(
      @PathVariable String slug, @RequestParam(defaultValue = "") String size) {
    LeafletPrint print = LeafletPrint.of(size);
    var printed =
        leaflets
            .find(slug, print)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    // Spring answers 304 Not Modified itself when the browser already has this version.
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .eTag(
            "\"" + printed.version() + "-" + print.name().toLowerCase(java.util.Locale.ROOT) + "\"")
        .cacheControl(CacheControl.noCache())
        .header(
            "Content-Disposition",
            ContentDisposition.inline().filename(printed.fileName()).build().toString())
        .body(printed.pdf());
  }
}
