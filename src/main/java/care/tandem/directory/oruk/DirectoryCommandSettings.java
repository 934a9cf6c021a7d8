package care.tandem.directory.oruk;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the directory import or export command is asked for, starts no web server (so it can run
 * beside a live node and leaves no port open) and keeps the console to the result and any errors.
 */
class DirectoryCommandSettings implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!asked(environment, DirectoryImportCommand.SWITCH)
        && !asked(environment, DirectoryExportCommand.SWITCH)) {
      return;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "tandemDirectoryCommand",
                Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN",
                    "logging.level.care.tandem", "WARN")));
  }

  private static boolean asked(ConfigurableEnvironment environment, String name) {
    String requested = environment.getProperty(name);
    return requested != null && !requested.isBlank() && !requested.equalsIgnoreCase("false");
  }
}
