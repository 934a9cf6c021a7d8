package care.tandem.identity.twofactor;

import java.util.List;

/** The recovery codes, shown once just after two-factor sign-in is turned on. */
public record RecoveryCodesPage(List<String> codes) {}
