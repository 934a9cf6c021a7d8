package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import care.tandem.measures.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * HAPI's validator over the base FHIR R4 definitions that ship with HAPI (no network). Building it
 * and validating the first resources takes several seconds and about 200 MB of heap, so nothing
 * builds it unless asked: {@link #warmUp} builds it in the background, {@link #validate} waits for
 * it (building it if need be), {@link #validateIfReady} never waits.
 */
@Component
public class FhirValidation {

  private static final Logger log = LoggerFactory.getLogger(FhirValidation.class);

  private final FhirContext fhir;
  private final CompletableFuture<FhirValidator> validator = new CompletableFuture<>();
  private final AtomicBoolean started = new AtomicBoolean();

  private final ObjectProvider<Instruments> instruments;

  FhirValidation(FhirContext fhir, ObjectProvider<Instruments> instruments) {
    this.fhir = fhir;
    this.instruments = instruments;
  }

  /** Starts building the validator in the background, once. */
  void warmUp() {
    if (started.compareAndSet(false, true)) {
      Thread thread = new Thread(this::build, "fhir-validator-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Validates the resource, waiting for the warm-up if it has not finished. */
  public ValidationResult validate(IBaseResource resource) {
    warmUp();
    return validator.join().validateWithResult(resource);
  }

  /** Validates the resource if the validator is warm; empty while it is still warming up. */
  public Optional<ValidationResult> validateIfReady(IBaseResource resource) {
    FhirValidator ready = validator.getNow(null);
    return ready == null ? Optional.empty() : Optional.of(ready.validateWithResult(resource));
  }

  private void build() {
    long start = System.nanoTime();
    try {
      FhirValidator built =
          newValidator(fhir, QuestionnaireDefinitions.of(fhir, instruments.getIfAvailable()));
      for (IBaseResource sample : WarmUpSamples.all()) {
        built.validateWithResult(sample);
      }
      validator.complete(built);
      log.info("FHIR validator ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("The FHIR validator could not be built", e);
      validator.completeExceptionally(e);
    }
  }

  static FhirValidator newValidator(FhirContext fhir, List<IValidationSupport> ours) {
    List<IValidationSupport> supports = new ArrayList<>();
    supports.add(new DefaultProfileValidationSupport(fhir));
    supports.addAll(ours);
    supports.add(new CommonCodeSystemsTerminologyService(fhir));
    supports.add(new InMemoryTerminologyServerValidationSupport(fhir));
    supports.add(new SnapshotGeneratingValidationSupport(fhir));
    ValidationSupportChain support =
        new ValidationSupportChain(supports.toArray(IValidationSupport[]::new));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
    // We add no extensions but SMART's oauth-uris on the capability statement, so any other
    // extension in what we serve is a mistake.
    instanceValidator.setAnyExtensionsAllowed(false);
    instanceValidator.setCustomExtensionDomains(TandemCapabilities.SMART_EXTENSIONS);
    FhirValidator validator = fhir.newValidator();
    validator.registerValidatorModule(instanceValidator);
    return validator;
  }

  /** For tests and the log: the messages that make a result fail (errors and fatal errors). */
  public static List<String> problems(ValidationResult result) {
    return result.getMessages().stream()
        .filter(FhirValidation::isProblem)
        .map(message -> message.getLocationString() + ": " + message.getMessage())
        .toList();
  }

  static boolean isProblem(SingleValidationMessage message) {
    return message.getSeverity() == ResultSeverityEnum.ERROR
        || message.getSeverity() == ResultSeverityEnum.FATAL;
  }
}
