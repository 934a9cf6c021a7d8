package care.tandem.directory.finding;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tandem.jar --tandem.directory.import-postcodes=ONSPD_FEB_2024_UK.csv}: loads
 * postcode centroids from the ONS Postcode Directory CSV for postcode search, prints what it read,
 * stored and skipped, and exits with status 0 (1 when the file cannot be read). Serves no web pages
 * (see {@link PostcodeImportCommandSettings}). Safe to run again with a newer release: each
 * postcode is inserted or updated.
 */
@Component
@ConditionalOnProperty(PostcodeImportCommand.SWITCH)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PostcodeImportCommand implements ApplicationRunner {

  static final String SWITCH = "tandem.directory.import-postcodes";

  private static final Logger log = LoggerFactory.getLogger(PostcodeImportCommand.class);

  private final OnsPostcodeImport importer;
  private final String file;
  private final PrintStream out;
  private final IntConsumer exit;

  @Autowired
  PostcodeImportCommand(
      OnsPostcodeImport importer, Environment environment, ConfigurableApplicationContext context) {
    this(
        importer,
        environment.getProperty(SWITCH, ""),
        System.out,
        status -> System.exit(SpringApplication.exit(context, () -> status)));
  }

  PostcodeImportCommand(
      OnsPostcodeImport importer, String file, PrintStream out, IntConsumer exit) {
    this.importer = importer;
    this.file = file;
    this.out = out;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    String result;
    int status = 1;
    if (file.isBlank() || file.equalsIgnoreCase("true")) {
      result = "No postcodes imported. Give the file: --" + SWITCH + "=ONSPD.csv";
    } else {
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        result = importer.importFrom(reader).summary();
        status = 0;
      } catch (NoSuchFileException e) {
        result = "No postcodes imported. There is no file at " + file;
      } catch (OnsPostcodeImport.NotOnspdException e) {
        result = "No postcodes imported. " + e.getMessage();
      } catch (IOException | RuntimeException e) {
        log.error("The postcode import failed", e);
        result =
            "The postcode import stopped: see the log for why. Postcodes read before it stopped are kept.";
      }
    }
    out.println(result);
    out.flush();
    exit.accept(status);
  }
}
