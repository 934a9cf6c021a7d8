package care.tandem.fhir.smart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What SMART scopes allow, and how asking for more than allowed is narrowed. */
class SmartScopesTests {

  @Test
  void v2AndV1ScopesAllowTheSameInteractions() {
    SmartScopes v2 = SmartScopes.parse("system/*.rs system/QuestionnaireResponse.c");
    SmartScopes v1 = SmartScopes.parse("system/*.read system/QuestionnaireResponse.write");

    for (SmartScopes scopes : new SmartScopes[] {v2, v1}) {
      assertThat(scopes.allow("Patient", 'r')).isTrue();
      assertThat(scopes.allow("Patient", 's')).isTrue();
      assertThat(scopes.allow("QuestionnaireResponse", 'c')).isTrue();
      assertThat(scopes.allow("Patient", 'c')).isFalse();
    }
  }

  @Test
  void aTypeScopeAllowsThatTypeOnlyAndNeverEveryType() {
    SmartScopes patient = SmartScopes.parse("system/Patient.r");

    assertThat(patient.allow("Patient", 'r')).isTrue();
    assertThat(patient.allow("Patient", 's')).isFalse();
    assertThat(patient.allow("CareTeam", 'r')).isFalse();
    assertThat(patient.allow("*", 'r')).isFalse();
  }

  @Test
  void narrowsWhatIsAskedForToWhatWasAllowedInFull() {
    SmartScopes allowed = SmartScopes.parse("system/*.rs");

    assertThat(allowed.narrow(SmartScopes.parse("system/*.rs system/QuestionnaireResponse.c")))
        .hasToString("system/*.rs");
    assertThat(allowed.narrow(SmartScopes.parse("system/Patient.read")))
        .hasToString("system/Patient.read");
    assertThat(allowed.narrow(SmartScopes.parse("system/*.crs")).isEmpty()).isTrue();
    assertThat(allowed.narrow(SmartScopes.parse("patient/*.rs openid")).isEmpty()).isTrue();
    assertThat(
            SmartScopes.parse("system/Patient.rs")
                .narrow(SmartScopes.parse("system/*.rs"))
                .isEmpty())
        .isTrue();
  }

  @Test
  void scopesForUpdateOrDeleteAloneAreNotUnderstood() {
    assertThat(SmartScopes.understood("system/Patient.ud")).isFalse();
    assertThat(SmartScopes.understood("system/Patient.rs")).isTrue();
    assertThat(SmartScopes.understood("user/Patient.rs")).isFalse();
  }
}
