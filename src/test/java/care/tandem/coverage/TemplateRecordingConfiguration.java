package care.tandem.coverage;

import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Replaces Spring Boot's dispatcher servlet in every full-application test context with one that
 * notes the template each page renders. Boot backs off its own when a bean of this name exists; the
 * settings are the ones Boot would apply.
 */
@Configuration(proxyBeanMethods = false)
class TemplateRecordingConfiguration {

  @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
  DispatcherServlet dispatcherServlet(WebMvcProperties properties) {
    DispatcherServlet servlet = new TemplateRecordingDispatcherServlet();
    servlet.setDispatchOptionsRequest(properties.isDispatchOptionsRequest());
    servlet.setDispatchTraceRequest(properties.isDispatchTraceRequest());
    servlet.setPublishEvents(properties.isPublishRequestHandledEvents());
    servlet.setEnableLoggingRequestDetails(properties.isLogRequestDetails());
    return servlet;
  }
}
