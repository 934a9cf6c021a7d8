package care.tandem.identity.account;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords in full tests are hashed at bcrypt cost 5, not 12: the run makes hundreds of throw-away
 * accounts and sign-ins, each a third of a second of one core at cost 12. The encoding is otherwise
 * the application's own; {@link PasswordHashingTests} checks the cost it ships with.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CheapPasswordHashing {

  /** The bcrypt cost of every hash made in a full test. */
  public static final int COST = 5;

  /** How a hash made in a full test starts. */
  public static final String PREFIX = "{bcrypt}$2a$05$";

  @Bean
  @Primary
  PasswordEncoder cheapPasswordEncoder() {
    return PasswordHashing.atCost(COST);
  }
}
