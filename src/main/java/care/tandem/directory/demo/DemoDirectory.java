package care.tandem.directory.demo;

import care.tandem.directory.oruk.ImportReport;
import care.tandem.directory.oruk.OrukImporter;
import care.tandem.system.demo.DemoSeeding;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty directory with the demo listings ({@code directory/demo/services.json}) through
 * the ORUK importer, so the demo shows the same data a real feed would. Runs after the migrations
 * (and their taxonomies) and the demo accounts (owners are matched by e-mail), before the web
 * server takes requests; a directory that already has listings is left alone, and a missing file is
 * logged, not fatal.
 */
@Component
@Profile("demo")
class DemoDirectory extends DemoSeeding {

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

  private final OrukImporter importer;
  private final JdbcClient jdbc;
  private final Resource listings;

  DemoDirectory(
      OrukImporter importer,
      JdbcClient jdbc,
      ResourceLoader resources,
      @Value("${tandem.directory.demo-listings:classpath:directory/demo/services.json}")
          String location) {
    super(DIRECTORY);
    this.importer = importer;
    this.jdbc = jdbc;
    this.listings = resources.getResource(location);
  }

  @Override
  protected void seedDemo() {
    load();
  }

  /** Imports the demo listings when there are none; returns the report, or null if skipped. */
  ImportReport load() {
    long listed = jdbc.sql("select count(*) from directory_service").query(Long.class).single();
    if (listed > 0) {
      return null;
    }
    if (!listings.exists()) {
      log.warn("No demo directory listings at {}: the directory starts empty", listings);
      return null;
    }
    byte[] content;
    try (InputStream in = listings.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      log.warn("Could not read the demo directory listings at {}: {}", listings, e.getMessage());
      return null;
    }
    ImportReport report =
        importer.importJson(content, false, new OrukImporter.Importer(null, null, "demo"));
    if (report.accepted()) {
      log.info("Demo directory: {} listings imported", report.services());
    } else {
      log.warn("Demo directory listings were not imported:\n{}", report.summary());
    }
    return report;
  }
}
