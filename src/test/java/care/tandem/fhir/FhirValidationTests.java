package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.measures.Instruments;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The validator the tests rely on catches what base FHIR R4 forbids. */
class FhirValidationTests {

  static FhirValidation validation;

  @BeforeAll
  static void buildValidator() {
    validation =
        new FhirValidation(
            FhirContext.forR4Cached(),
            new StaticListableBeanFactory().getBeanProvider(Instruments.class));
  }

  @Test
  void passesAValidResource() {
    Patient patient = new Patient();
    patient.setId("a");
    patient.addName().setFamily("Taylor").addGiven("Sam");

    assertThat(FhirValidation.problems(validation.validate(patient))).isEmpty();
  }

  @Test
  void failsAResourceMissingARequiredElement() {
    Communication withoutStatus = new Communication();

    assertThat(FhirValidation.problems(validation.validate(withoutStatus)))
        .anyMatch(problem -> problem.contains("status"));
  }

  @Test
  void failsAnExtensionNobodyDefined() {
    Patient patient = new Patient();
    patient.addExtension(new Extension("https://example.org/made-up", new StringType("x")));

    assertThat(FhirValidation.problems(validation.validate(patient))).isNotEmpty();
  }
}
