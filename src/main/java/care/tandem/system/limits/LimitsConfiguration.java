package care.tandem.system.limits;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link FailuresByReference} and then {@link RequestBodyLimits} in front of every other
 * filter but character encoding.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  FilterRegistrationBean<RequestBodyLimits> requestBodyLimits(List<BodyLimit> limits) {
    FilterRegistrationBean<RequestBodyLimits> registration =
        new FilterRegistrationBean<>(new RequestBodyLimits(limits));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("requestBodyLimits");
    return registration;
  }

  @Bean
  FilterRegistrationBean<FailuresByReference> failuresByReference() {
    FilterRegistrationBean<FailuresByReference> registration =
        new FilterRegistrationBean<>(new FailuresByReference());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    registration.setName("failuresByReference");
    return registration;
  }
}
