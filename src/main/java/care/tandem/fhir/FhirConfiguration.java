package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.tandem.system.limits.BodyLimit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR R4 server, a HAPI FHIR servlet beside Spring MVC's, at {@value #PATH}. Its security is
 * {@link FhirSecurityConfiguration}; its resources are the {@link IResourceProvider} beans.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

  static final String PATH = "/fhir";

  /** One context for the application: building one reads every R4 definition (about a second). */
  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4();
  }

  /**
   * Every FHIR body is limited while it is read (chunked or not), refused as an OperationOutcome.
   */
  @Bean
  BodyLimit fhirBodyLimit(FhirContext fhir) {
    FhirRefusals refusals = new FhirRefusals(fhir);
    return new BodyLimit(
        PATH, RequestSizeLimit.MAX_BODY, (request, response) -> refusals.tooLarge(response));
  }

  @Bean
  ServletRegistrationBean<TandemFhirServer> fhirServlet(
      FhirContext fhir,
      List<IResourceProvider> resources,
      RequestLabels labels,
      HiddenServerErrors errors,
      ResponseCheck check,
      RequestSizeLimit sizeLimit,
      TandemCapabilities capabilities,
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress) {
    ServletRegistrationBean<TandemFhirServer> registration =
        new ServletRegistrationBean<>(
            new TandemFhirServer(
                fhir,
                resources,
                List.of(sizeLimit, labels, errors, check, capabilities),
                publicAddress.replaceAll("/+$", "") + PATH),
            PATH + "/*");
    registration.setName("fhir");
    // Start it with the application, not on the first request.
    registration.setLoadOnStartup(1);
    return registration;
  }
}
