package care.tandem.identity.external;

/** Why someone could not sign in with NHS login or NHS CIS2, as a page can say it. */
enum NotPossibleReason {
  ASK_SERVICE_LEAD("ask-your-service-lead"),
  NEEDS_AAL3("stronger-sign-in-needed"),
  EMAIL_TAKEN("email-in-use"),
  IDENTITY_LEVEL("identity-not-checked"),
  ACCOUNT_INACTIVE("account-closed"),
  CANCELLED("cancelled"),
  FAILED("failed");

  private final String slug;

  NotPossibleReason(String slug) {
    this.slug = slug;
  }

  String slug() {
    return slug;
  }

  static NotPossibleReason of(String code) {
    return switch (code) {
      case SignInRefused.UNKNOWN_USER, SignInRefused.UNKNOWN_ORGANISATION -> ASK_SERVICE_LEAD;
      case SignInRefused.ADMIN_NEEDS_AAL3 -> NEEDS_AAL3;
      case SignInRefused.EMAIL_TAKEN -> EMAIL_TAKEN;
      case SignInRefused.IDENTITY_LEVEL_TOO_LOW -> IDENTITY_LEVEL;
      case SignInRefused.ACCOUNT_INACTIVE -> ACCOUNT_INACTIVE;
      case "access_denied" -> CANCELLED;
      default -> FAILED;
    };
  }

  static NotPossibleReason bySlug(String slug) {
    for (NotPossibleReason reason : values()) {
      if (reason.slug.equals(slug)) {
        return reason;
      }
    }
    return FAILED;
  }
}
