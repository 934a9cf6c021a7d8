package care.tandem.identity.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Stops a production start, before the server takes requests, while anything from the demo remains:
 * the demo profile, a demo account (seeded, or in the demo email domain), an administrator or
 * service lead whose password is the published demo password, or a {@code tandem.secrets.*}
 * property left empty or at a "change-me" default. The demo password is also on the common-password
 * list, so no account can be given it through Tandem itself.
 */
@Component
@Profile("production")
class ProductionReadiness implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ProductionReadiness.class);
  static final String SECRETS_PREFIX = "tandem.secrets.";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final ConfigurableEnvironment environment;

  ProductionReadiness(
      JdbcClient jdbc, PasswordEncoder passwords, ConfigurableEnvironment environment) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.environment = environment;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      String message =
          "Tandem will not start with the production profile: "
              + String.join("; ", problems)
              + ". Remove the demo accounts and set real secrets, then start again.";
      log.error(message);
      throw new IllegalStateException(message);
    }
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      problems.add("the demo profile is active too");
    }
    int demoAccounts =
        jdbc.sql("select count(*) from account where demo or lower(email) like ?")
            .param("%@" + DemoData.DOMAIN)
            .query(Integer.class)
            .single();
    if (demoAccounts > 0) {
      problems.add(demoAccounts + " demo account(s) exist");
    }
    List<String> hashes =
        jdbc.sql("select password_hash from account where role in ('ADMIN', 'SERVICE_LEAD')")
            .query(String.class)
            .list();
    if (hashes.stream().anyMatch(hash -> passwords.matches(DemoData.PASSWORD, hash))) {
      problems.add("an administrator or service lead still has the demo password");
    }
    for (String name : secretNames()) {
      String value = environment.getProperty(name, "");
      if (value.isBlank() || value.startsWith("change-me")) {
        problems.add(name + " is empty or still at its default");
      }
    }
    return problems;
  }

  private TreeSet<String> secretNames() {
    TreeSet<String> names = new TreeSet<>();
    for (var source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          // Environment variables (TANDEM_SECRETS_X) count as well as properties.
          if (name.toLowerCase(Locale.ROOT).replace('_', '.').startsWith(SECRETS_PREFIX)) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }
}
