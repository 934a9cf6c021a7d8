package care.tandem.directory.oruk;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tandem.jar --tandem.directory.import=<file, directory, zip or URL>} (add {@code
 * --tandem.directory.dry-run=true} to check without changing anything): imports directory listings,
 * prints the report and exits 0 when accepted, 1 when rejected.
 */
@Component
@ConditionalOnProperty(DirectoryImportCommand.SWITCH)
class DirectoryImportCommand implements ApplicationRunner {

  static final String SWITCH = "tandem.directory.import";
  static final String DRY_RUN = "tandem.directory.dry-run";

  private final OrukSources sources;
  private final Environment environment;
  private final PrintStream out;
  private final IntConsumer exit;

  @Autowired
  DirectoryImportCommand(
      OrukSources sources, Environment environment, ConfigurableApplicationContext context) {
    this(
        sources,
        environment,
        System.out,
        status -> System.exit(SpringApplication.exit(context, () -> status)));
  }

  DirectoryImportCommand(
      OrukSources sources, Environment environment, PrintStream out, IntConsumer exit) {
    this.sources = sources;
    this.environment = environment;
    this.out = out;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    String location = environment.getRequiredProperty(SWITCH);
    boolean dryRun = environment.getProperty(DRY_RUN, Boolean.class, false);
    ImportReport report =
        sources.importFrom(location, dryRun, new OrukImporter.Importer(null, null, "command"));
    out.print(report.summary());
    out.flush();
    exit.accept(report.accepted() ? 0 : 1);
  }
}
