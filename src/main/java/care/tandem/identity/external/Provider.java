package care.tandem.identity.external;

import org.jspecify.annotations.Nullable;

/** The two OpenID providers Tandem trusts, by their registration ids. */
enum Provider {
  NHS_LOGIN("nhs-login", "NHS login"),
  CIS2("cis2", "NHS CIS2");

  private final String registrationId;
  private final String label;

  Provider(String registrationId, String label) {
    this.registrationId = registrationId;
    this.label = label;
  }

  String registrationId() {
    return registrationId;
  }

  String label() {
    return label;
  }

  static @Nullable Provider byRegistrationId(@Nullable String id) {
    for (Provider provider : values()) {
      if (provider.registrationId.equals(id)) {
        return provider;
      }
    }
    return null;
  }
}
