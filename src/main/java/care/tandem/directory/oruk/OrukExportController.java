package care.tandem.directory.oruk;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The whole directory to download, public like the API: ORUK JSON or the CSV datapackage. */
@RestController
class OrukExportController {

  private final OrukExport export;

  OrukExportController(OrukExport export) {
    this.export = export;
  }

  @GetMapping("/oruk/export/services.json")
  ResponseEntity<StreamingResponseBody> json() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"services.json\"")
        .body(export::writeJson);
  }

  @GetMapping("/oruk/export/datapackage.zip")
  ResponseEntity<StreamingResponseBody> datapackage() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"datapackage.zip\"")
        .body(export::writeDatapackage);
  }
}
