package care.tandem.identity.signin;

import java.io.Serializable;

/**
 * The details of a sign-in that NHS login or NHS CIS2 checked: their own second factor (and CIS2's
 * assurance level) stands for Tandem's two-factor sign-in, which is for local accounts only.
 *
 * @param provider the registration id, {@code nhs-login} or {@code cis2}
 */
public record SignedInElsewhere(String provider) implements Serializable {}
