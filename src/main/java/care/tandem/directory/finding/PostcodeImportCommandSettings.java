package care.tandem.directory.finding;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the postcode import command is asked for, starts no web server (so it can run beside a live
 * node) and keeps the console to the result and any errors.
 */
class PostcodeImportCommandSettings implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String requested = environment.getProperty(PostcodeImportCommand.SWITCH);
    if (requested == null || requested.equalsIgnoreCase("false")) {
      return;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "tandemPostcodeImportCommand",
                Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN",
                    "logging.level.care.tandem", "WARN")));
  }
}
