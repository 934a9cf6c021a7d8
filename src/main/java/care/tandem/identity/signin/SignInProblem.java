package care.tandem.identity.signin;

/** Why a sign-in did not work, as the sign-in page explains it. */
enum SignInProblem {
  NOTHING_ENTERED,
  NO_EMAIL,
  NO_PASSWORD,
  NOT_RECOGNISED,
  THROTTLED
}
