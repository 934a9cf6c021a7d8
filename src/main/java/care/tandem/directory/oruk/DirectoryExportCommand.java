package care.tandem.directory.oruk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code java -jar tandem.jar --tandem.directory.export=<directory>}: writes {@code services.json}
 * (ORUK JSON) and {@code datapackage.zip} (HSDS CSV) there, then exits.
 */
@Component
@ConditionalOnProperty(DirectoryExportCommand.SWITCH)
class DirectoryExportCommand implements ApplicationRunner {

  static final String SWITCH = "tandem.directory.export";

  private final OrukExport export;
  private final Environment environment;
  private final PrintStream out;
  private final IntConsumer exit;

  @Autowired
  DirectoryExportCommand(
      OrukExport export, Environment environment, ConfigurableApplicationContext context) {
    this(
        export,
        environment,
        System.out,
        status -> System.exit(SpringApplication.exit(context, () -> status)));
  }

  DirectoryExportCommand(
      OrukExport export, Environment environment, PrintStream out, IntConsumer exit) {
    this.export = export;
    this.environment = environment;
    this.out = out;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    Path directory = Path.of(environment.getRequiredProperty(SWITCH));
    try {
      Files.createDirectories(directory);
      try (OutputStream json = Files.newOutputStream(directory.resolve("services.json"))) {
        export.writeJson(json);
      }
      try (OutputStream zip = Files.newOutputStream(directory.resolve("datapackage.zip"))) {
        export.writeDatapackage(zip);
      }
      out.println("Exported the directory to " + directory.toAbsolutePath());
      exit.accept(0);
    } catch (IOException e) {
      out.println("Could not export to " + directory + ": " + e.getMessage());
      exit.accept(1);
    }
  }
}
