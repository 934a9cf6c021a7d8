package care.tandem.identity.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 12 to 64 characters, not on the common list, not the email
 * address. No rules about mixing character types (ASVS 4.0.3 2.1.9). bcrypt reads at most 72 bytes,
 * so longer passwords are refused rather than silently cut short.
 */
@Component
public class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 64;
  static final int MAXIMUM_BYTES = 72;

  public static final String HINT =
      "Use at least 12 characters. Three or four unrelated words together work well. Do not use a"
          + " common password.";

  private final CommonPasswords common = CommonPasswords.load();

  /** The reason this password cannot be used, in words for the person choosing it, if any. */
  /** Throws when the password breaks the policy (forms check first, with a message). */
  public void require(String password, String email) {
    problemWith(password, email)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("Password refused by the policy");
            });
  }

  public Optional<String> problemWith(String password, String email) {
    if (password.isEmpty()) {
      return Optional.of("Enter a password");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MINIMUM_LENGTH) {
      return Optional.of("Password must be 12 characters or more");
    }
    if (length > MAXIMUM_LENGTH) {
      return Optional.of("Password must be 64 characters or fewer");
    }
    if (!fitsBcrypt(password)) {
      return Optional.of("Password is too long. Use fewer symbols or accented letters");
    }
    if (common.contains(password)) {
      return Optional.of("This password is too common. Choose one that is harder to guess");
    }
    String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
    if (localPart.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
      return Optional.of("Password must not include your email address");
    }
    return Optional.empty();
  }

  /** True when bcrypt could check this password without cutting it short. */
  public static boolean fitsBcrypt(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
  }

  int commonPasswordCount() {
    return common.size();
  }
}
