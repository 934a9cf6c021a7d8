package care.tandem.identity.admin;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the create-admin command is asked for, starts no web server (so it can run beside a live
 * node on the same machine) and keeps the console to the result and any errors.
 */
class CreateAdminCommandSettings implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String requested = environment.getProperty(CreateAdminCommand.SWITCH);
    if (requested == null || requested.equalsIgnoreCase("false")) {
      return;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "tandemCreateAdminCommand",
                Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN",
                    "logging.level.care.tandem", "WARN")));
  }
}
