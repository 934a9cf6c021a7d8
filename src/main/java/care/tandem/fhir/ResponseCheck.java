package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Validates what the server sends, once the validator is warm, and logs any error: a served
 * resource that does not validate is our mistake to fix, not a reason to refuse the caller. The log
 * names the element and the validator's message id, never a value (which could be clinical). Off
 * unless {@code tandem.fhir.check-responses=true}: the validator needs about 200 MB of heap, which
 * a small node does not have to spare. The tests switch it on, and validate every resource type
 * served with {@link FhirValidation#validate} as well.
 */
@Component
@Interceptor
class ResponseCheck {

  private static final Logger log = LoggerFactory.getLogger(ResponseCheck.class);

  private final FhirValidation validation;
  private final boolean enabled;

  ResponseCheck(
      FhirValidation validation, @Value("${tandem.fhir.check-responses:false}") boolean enabled) {
    this.validation = validation;
    this.enabled = enabled;
  }

  /** Warms the validator up once the application is ready, when the check is on. */
  @EventListener(ApplicationReadyEvent.class)
  void warmUpWhenOn() {
    if (enabled) {
      validation.warmUp();
    }
  }

  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  boolean check(ResponseDetails response) {
    IBaseResource resource = response.getResponseResource();
    if (!enabled || resource == null || resource instanceof CapabilityStatement) {
      return true;
    }
    validation
        .validateIfReady(resource)
        .ifPresent(
            result -> {
              List<String> problems =
                  result.getMessages().stream()
                      .filter(FhirValidation::isProblem)
                      .map(ResponseCheck::describe)
                      .toList();
              if (!problems.isEmpty()) {
                log.warn("A served {} does not validate: {}", resource.fhirType(), problems);
              }
            });
    return true;
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + " (" + message.getMessageId() + ")";
  }
}
