package care.tandem.system;

import org.jspecify.annotations.Nullable;

/**
 * The organisation that runs this copy of Tandem, as its privacy notice, accessibility statement
 * and contact page name it. Set by the {@code tandem.deployer.*} properties; details left blank are
 * not shown.
 */
public record Deployer(
    String name,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String dataProtectionOfficerEmail) {

  static Deployer of(String name, String email, String phone, String dataProtectionOfficerEmail) {
    return new Deployer(
        name, blankToNull(email), blankToNull(phone), blankToNull(dataProtectionOfficerEmail));
  }

  private static @Nullable String blankToNull(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
