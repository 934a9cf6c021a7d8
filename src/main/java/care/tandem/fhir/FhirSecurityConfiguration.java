package care.tandem.fhir;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.audit.AuditLog;
import care.tandem.fhir.smart.TokenEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The FHIR routes' own security, ahead of the web pages' chain: stateless (no session, so no
 * cookies and no CSRF token to need), a registered client's bearer token instead of a sign-in, its
 * scopes checked ({@link ScopeCheck}), and read-only methods. Open to anyone: the capability
 * statement, the SMART configuration and the token endpoint ({@link SmartEndpoints}). The route
 * table ({@code RouteTable.ROUTES}) lists these routes as for systems, and the web pages' chain
 * refuses them, so a browser session never reaches them.
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

  private static final String ROUTES = FhirConfiguration.PATH + "/**";

  /** Spring Security uses this bean for addresses its firewall refuses, on every route. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(FhirContext fhir, AuditLog audit) {
    return new RejectedAddresses(new FhirRefusals(fhir), audit);
  }

  @Bean
  @Order(1)
  SecurityFilterChain fhirRoutes(
      HttpSecurity http,
      FhirClients clients,
      TokenEndpoint tokens,
      FhirContext fhir,
      AuditLog audit,
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress)
      throws Exception {
    FhirRefusals refusals = new FhirRefusals(fhir);
    ScopeCheck scopes = new ScopeCheck();
    String metadata = FhirConfiguration.PATH + "/metadata";
    http.securityMatcher(ROUTES)
        .authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers(GET, metadata, SmartEndpoints.CONFIGURATION)
                    .permitAll()
                    .requestMatchers(HEAD, metadata, SmartEndpoints.CONFIGURATION)
                    .permitAll()
                    .requestMatchers(POST, TokenEndpoint.PATH)
                    .permitAll()
                    .requestMatchers(GET, ROUTES)
                    .access(scopes)
                    .requestMatchers(HEAD, ROUTES)
                    .access(scopes)
                    // Searches may be posted as a form (POST [type]/_search).
                    .requestMatchers(POST, ROUTES)
                    .access(scopes)
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
        .exceptionHandling(
            refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .addFilterBefore(new FhirRequestAudit(audit), SecurityContextHolderFilter.class)
        .addFilterBefore(new BearerTokenFilter(clients), AnonymousAuthenticationFilter.class)
        .addFilterAfter(new SmartEndpoints(tokens, publicAddress), BearerTokenFilter.class)
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .frameOptions(frames -> frames.deny())
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    return http.build();
  }
}
