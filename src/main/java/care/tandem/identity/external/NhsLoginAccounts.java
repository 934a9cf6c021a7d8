package care.tandem.identity.external;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.RecordLinking;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person signing in with NHS login. Someone NHS login has signed in before goes to their account.
 * The first time, Tandem makes them an account with no password and links it to the one care record
 * with their NHS number and date of birth that has no account yet; with no such record they are
 * sent to confirm an invitation instead. The NHS number is only compared, never kept or shown.
 */
@Service
class NhsLoginAccounts {

  /** Where someone with an account but no linked record confirms their invitation. */
  static final String CONFIRM_INVITATION = "/join/confirm";

  private final ExternalIdentityRepository identities;
  private final Accounts accounts;
  private final RecordLinking records;
  private final NhsLoginSettings settings;
  private final AuditLog audit;

  NhsLoginAccounts(
      ExternalIdentityRepository identities,
      Accounts accounts,
      RecordLinking records,
      NhsLoginSettings settings,
      AuditLog audit) {
    this.identities = identities;
    this.accounts = accounts;
    this.records = records;
    this.settings = settings;
    this.audit = audit;
  }

  @Transactional
  SignedInAccount signIn(OidcUser user) {
    String level = proofingLevel(user);
    String subject = user.getSubject();
    Optional<UUID> known = identities.findAccount(Provider.NHS_LOGIN, subject);
    if (known.isPresent()) {
      UUID id = known.get();
      accounts.find(id).filter(Account::active).orElseThrow(this::inactive);
      identities.signedIn(Provider.NHS_LOGIN, subject, id, level);
      return new SignedInAccount(id, level, null);
    }
    String email = user.getEmail();
    if (email == null || email.isBlank() || email.length() > 254) {
      throw new SignInRefused(SignInRefused.NO_EMAIL);
    }
    UUID id = UUID.randomUUID();
    if (!identities.insertPatientWithoutPassword(id, email.strip(), displayName(user))) {
      throw new SignInRefused(SignInRefused.EMAIL_TAKEN);
    }
    identities.signedIn(Provider.NHS_LOGIN, subject, id, level);
    audit.record(
        AuditEvent.success(
            id,
            "PATIENT",
            "account.created",
            Map.of("account", id.toString(), "via", "nhs-login")));
    LocalDate born = dateOfBirth(user.getBirthdate());
    String nhsNumber = user.getClaimAsString("nhs_number");
    boolean linked =
        born != null
            && nhsNumber != null
            && nhsNumber.matches("[0-9]{10}")
            && records.linkByNhsNumber(nhsNumber, born, id);
    return new SignedInAccount(id, level, linked ? null : CONFIRM_INVITATION);
  }

  private SignInRefused inactive() {
    return new SignInRefused(SignInRefused.ACCOUNT_INACTIVE);
  }

  /** P0, P5 or P9, refused if lower than the vectors of trust asked for. */
  private String proofingLevel(OidcUser user) {
    String level = user.getClaimAsString("identity_proofing_level");
    if (level == null) {
      String vot = user.getClaimAsString("vot");
      level = vot == null ? "" : vot.replaceAll("^(P\\d+).*$", "$1");
    }
    if (!level.matches("P\\d{1,2}")
        || Integer.parseInt(level.substring(1)) < settings.lowestLevel()) {
      throw new SignInRefused(SignInRefused.IDENTITY_LEVEL_TOO_LOW);
    }
    return level;
  }

  private static String displayName(OidcUser user) {
    String given = user.getGivenName();
    String family = user.getFamilyName();
    String name =
        ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip()))
            .strip();
    if (name.isEmpty()) {
      name = "NHS login user";
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private static @Nullable LocalDate dateOfBirth(@Nullable String birthdate) {
    try {
      return birthdate == null ? null : LocalDate.parse(birthdate);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
