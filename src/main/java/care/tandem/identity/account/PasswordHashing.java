package care.tandem.identity.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt at cost 12 (about a quarter of a second per check). Hashes carry
 * their algorithm id, so a stronger one can be added later without breaking stored hashes. A hash
 * weaker than the current one (a lower bcrypt cost, or a bare bcrypt hash with no id, as another
 * system might have stored it) still checks, and is replaced at the person's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

  static final int BCRYPT_COST = 12;

  @Bean
  PasswordEncoder passwordEncoder() {
    return atCost(BCRYPT_COST);
  }

  /**
   * The same encoding at another bcrypt cost. Only tests use another: their throw-away accounts
   * would otherwise spend minutes of a test run hashing.
   */
  static PasswordEncoder atCost(int cost) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    encoder.setDefaultPasswordEncoderForMatches(bcrypt);
    return encoder;
  }
}
