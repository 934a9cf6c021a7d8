package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
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

  @Bean
  ServletRegistrationBean<TandemFhirServer> fhirServlet(
      FhirContext fhir,
      List<IResourceProvider> resources,
      RequestLabels labels,
      HiddenServerErrors errors,
      ResponseCheck check,
      RequestSizeLimit sizeLimit) {
    ServletRegistrationBean<TandemFhirServer> registration =
        new ServletRegistrationBean<>(
            new TandemFhirServer(fhir, resources, List.of(sizeLimit, labels, errors, check)),
            PATH + "/*");
    registration.setName("fhir");
    // Start it with the application, not on the first request.
    registration.setLoadOnStartup(1);
    return registration;
  }
}
