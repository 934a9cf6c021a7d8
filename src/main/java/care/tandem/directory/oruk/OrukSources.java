package care.tandem.directory.oruk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * Where an import comes from: a feed's base URL, a CSV datapackage (a directory or a zip), or a
 * JSON file, told apart by their address and first bytes, and handed to {@link OrukImporter}.
 */
@Service
public class OrukSources {

  private final OrukImporter importer;

  OrukSources(OrukImporter importer) {
    this.importer = importer;
  }

  /** A file, directory, zip or http(s) feed address, as given to the start-up command. */
  public ImportReport importFrom(String location, boolean dryRun, OrukImporter.Importer who) {
    if (OrukFeed.isFeed(location)) {
      try {
        return importer.importNodes(new OrukFeed().services(location), dryRun, who, "feed");
      } catch (OrukFeed.Unreadable e) {
        return unreadable("feed", e.getMessage(), dryRun, who);
      }
    }
    Path path = Path.of(location);
    try {
      if (Files.isDirectory(path)) {
        return importer.importBatch(CsvDatapackageReader.fromDirectory(path), dryRun, who, "csv");
      }
      if (!Files.isRegularFile(path)) {
        return unreadable(
            "file", location + " is not a file, directory or web address", dryRun, who);
      }
      if (Files.size(path) > CsvDatapackageReader.MAXIMUM_BYTES) {
        return unreadable("file", location + " is too large", dryRun, who);
      }
      return importUpload(Files.readAllBytes(path), dryRun, who);
    } catch (IOException e) {
      return unreadable("file", location + " cannot be read", dryRun, who);
    }
  }

  /** An uploaded or read file: a zip is a CSV datapackage, anything else ORUK JSON. */
  public ImportReport importUpload(byte[] content, boolean dryRun, OrukImporter.Importer who) {
    if (CsvDatapackageReader.isZip(content)) {
      return importer.importBatch(CsvDatapackageReader.fromZip(content), dryRun, who, "csv");
    }
    return importer.importJson(content, dryRun, who);
  }

  private ImportReport unreadable(
      String what, String message, boolean dryRun, OrukImporter.Importer who) {
    ImportBatch batch = new ImportBatch();
    batch.problem(what, message);
    return importer.importBatch(batch, dryRun, who, what);
  }
}
