package care.tandem.directory.demo;

import care.tandem.directory.finding.OnsPostcodeImport;
import care.tandem.system.demo.DemoSeeding;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's postcodes, so postcode search works offline: loads {@value #FILE} (ONSPD format) with
 * the same importer as the real file, only when no postcodes are stored yet. Demo profile only.
 */
@Component
@Profile("demo")
class DemoPostcodes extends DemoSeeding {

  static final String FILE = "directory/demo/postcodes.csv";

  private static final Logger log = LoggerFactory.getLogger(DemoPostcodes.class);

  private final OnsPostcodeImport importer;
  private final JdbcClient jdbc;

  DemoPostcodes(OnsPostcodeImport importer, JdbcClient jdbc) {
    super(DEFAULT_PHASE);
    this.importer = importer;
    this.jdbc = jdbc;
  }

  @Override
  protected void seedDemo() {
    ClassPathResource file = new ClassPathResource(FILE);
    boolean empty =
        jdbc.sql("select not exists (select 1 from directory_postcode)")
            .query(Boolean.class)
            .single();
    if (!empty || !file.exists()) {
      return;
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      log.info("Demo postcodes: {}", importer.importFrom(reader).summary());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
