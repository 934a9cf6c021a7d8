package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The shipped instrument files are real FHIR R4 Questionnaire resources, so a connected system can
 * read them as they are: HAPI FHIR parses each strictly (no unknown elements) to the same items.
 */
class QuestionnaireResourceTests {

  @Test
  void parsesEveryShippedQuestionnaireStrictlyAsFhirR4() {
    IParser parser =
        FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    for (Instrument instrument : new InstrumentLibrary(LicensedPackTests.testPack()).all()) {
      Questionnaire questionnaire =
          parser.parseResource(Questionnaire.class, instrument.questionnaire());
      assertThat(questionnaire.getIdPart()).isEqualTo(instrument.id());
      assertThat(questionnaire.getTitle()).isEqualTo(instrument.title());
      assertThat(questionnaire.getCopyright()).isEqualTo(instrument.attribution());
      assertThat(questionnaire.getItem())
          .filteredOn(item -> item.getType() == Questionnaire.QuestionnaireItemType.CHOICE)
          .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
          .containsExactlyElementsOf(
              instrument.questions().stream().map(Instrument.Question::linkId).toList());
    }
  }

  @Test
  void validatesEveryShippedQuestionnaireAgainstTheFhirR4Definitions() {
    FhirContext fhir = FhirContext.forR4Cached();
    FhirValidator validator = fhir.newValidator();
    validator.registerValidatorModule(
        new FhirInstanceValidator(
            new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir))));
    for (Instrument instrument : new InstrumentLibrary((@Nullable Path) null).all()) {
      ValidationResult result = validator.validateWithResult(instrument.questionnaire());
      assertThat(
              result.getMessages().stream()
                  .filter(
                      m ->
                          m.getSeverity() == ResultSeverityEnum.ERROR
                              || m.getSeverity() == ResultSeverityEnum.FATAL)
                  .map(m -> instrument.id() + " " + m.getLocationString() + ": " + m.getMessage()))
          .isEmpty();
    }
  }

  @Test
  void keepsTheQuestionnaireExactlyAsShipped() throws Exception {
    Instrument phq9 = new InstrumentLibrary((@Nullable Path) null).find("phq-9").orElseThrow();
    try (var in = getClass().getResourceAsStream("/measures/phq-9.questionnaire.json")) {
      assertThat(phq9.questionnaire())
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
