package care.tandem.directory.oruk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The ORUK API's own security, ahead of the web pages' chain: open to anyone without a key (it
 * publishes the public directory), read-only, stateless (no session, so no cookie and no CSRF
 * token), and readable from any web page ({@code Access-Control-Allow-Origin: *}) so other
 * directories and tools can use it from a browser. Any other method is a 405; every error is JSON.
 */
@Configuration(proxyBeanMethods = false)
class OrukSecurityConfiguration {

  static final String ROUTES = "/oruk/**";

  @Bean
  @Order(2)
  SecurityFilterChain orukRoutes(HttpSecurity http) throws Exception {
    http.securityMatcher("/oruk", ROUTES)
        .authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(org.springframework.http.HttpMethod.GET, "/oruk", ROUTES)
                    .permitAll()
                    .requestMatchers(org.springframework.http.HttpMethod.HEAD, "/oruk", ROUTES)
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> {})
        // Only other methods are denied: a 405, answered in JSON by the error controller.
        .exceptionHandling(
            refused ->
                refused
                    .authenticationEntryPoint(
                        (request, response, denied) -> methodNotAllowed(response))
                    .accessDeniedHandler((request, response, denied) -> methodNotAllowed(response)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .frameOptions(frames -> frames.deny())
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                    .addHeaderWriter(new StaticHeadersWriter("Access-Control-Allow-Origin", "*")));
    return http.build();
  }

  private static void methodNotAllowed(HttpServletResponse response) throws IOException {
    response.setHeader("Allow", "GET, HEAD");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
