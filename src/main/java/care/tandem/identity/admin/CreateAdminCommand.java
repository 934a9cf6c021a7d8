package care.tandem.identity.admin;

import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.EmailTakenException;
import care.tandem.identity.account.PasswordPolicy;
import care.tandem.system.form.EmailAddress;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
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
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tandem.jar --tandem.identity.create-admin --email=... --name="..."}: creates an
 * administrator, so a new installation can have its first one. The password comes from the
 * environment variable {@value #PASSWORD_VARIABLE}, never the command line (which others on the
 * machine can see), and must meet the password policy. Prints one line and exits with status 0 when
 * the account was created and 1 when not (an account with that email already exists, say). Serves
 * no web pages (see {@link CreateAdminCommandSettings}).
 */
@Component
@ConditionalOnProperty(CreateAdminCommand.SWITCH)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CreateAdminCommand implements ApplicationRunner {

  static final String SWITCH = "tandem.identity.create-admin";
  static final String PASSWORD_VARIABLE = "TANDEM_ADMIN_PASSWORD";

  private static final Logger log = LoggerFactory.getLogger(CreateAdminCommand.class);

  private final Accounts accounts;
  private final PasswordPolicy policy;
  private final Function<String, @Nullable String> environment;
  private final PrintStream out;
  private final IntConsumer exit;

  @Autowired
  CreateAdminCommand(
      Accounts accounts, PasswordPolicy policy, ConfigurableApplicationContext context) {
    this(
        accounts,
        policy,
        System::getenv,
        System.out,
        status -> System.exit(SpringApplication.exit(context, () -> status)));
  }

  CreateAdminCommand(
      Accounts accounts,
      PasswordPolicy policy,
      Function<String, @Nullable String> environment,
      PrintStream out,
      IntConsumer exit) {
    this.accounts = accounts;
    this.policy = policy;
    this.environment = environment;
    this.out = out;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    String result;
    int status = 1;
    try {
      UUID id = create(arguments);
      result = "Administrator account created for " + option(arguments, "email") + " (" + id + ")";
      status = 0;
    } catch (Refused refused) {
      result = "No account created. " + refused.getMessage();
    } catch (EmailTakenException e) {
      result = "No account created. An account with this email address already exists";
    } catch (RuntimeException e) {
      log.error("The create-admin command failed", e);
      result = "No account created. Tandem could not save it: see the log for why";
    }
    out.println(result);
    out.flush();
    exit.accept(status);
  }

  private UUID create(ApplicationArguments arguments) {
    if (arguments.containsOption("password")) {
      throw new Refused(
          "Do not put the password on the command line. Set " + PASSWORD_VARIABLE + " instead");
    }
    String email = option(arguments, "email");
    String name = option(arguments, "name");
    if (email.isEmpty()) {
      throw new Refused("Give their email address: --email=name@example.com");
    }
    if (email.length() > 254) {
      throw new Refused("Email address must be 254 characters or fewer");
    }
    if (!hasEmailFormat(email)) {
      throw new Refused(EmailAddress.FORMAT);
    }
    if (name.isEmpty()) {
      throw new Refused("Give their full name: --name=\"Alex Morgan\"");
    }
    if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
      throw new Refused(
          "Full name must be 100 characters or fewer, with only letters, numbers, spaces and"
              + " punctuation");
    }
    String password = environment.apply(PASSWORD_VARIABLE);
    if (password == null || password.isEmpty()) {
      throw new Refused("Set " + PASSWORD_VARIABLE + " to their password");
    }
    policy
        .problemWith(password, email)
        .ifPresent(
            problem -> {
              throw new Refused(problem);
            });
    return accounts.createAdministrator(email, name, password);
  }

  private static String option(ApplicationArguments arguments, String name) {
    List<String> values = arguments.getOptionValues(name);
    return values == null || values.isEmpty() ? "" : values.get(values.size() - 1).strip();
  }

  /** The command was given something it cannot use; the message says what, for the person. */
  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** The same rules as the account form: its record's constraints on the address. */
  private static boolean hasEmailFormat(String email) {
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      return validation
          .getValidator()
          .validateValue(NewAccountForm.class, "email", email)
          .isEmpty();
    }
  }
}
