package care.tandem.system;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The web pages' security: every route by {@link RouteTable} (anything not in the table is denied),
 * sign-in with the identity module's throttled provider, sign-out that ends the session in
 * PostgreSQL, CSRF on every form (the token in a cookie, so an anonymous visitor has no session),
 * redirects as paths only ({@link PathOnlyRedirects}), the security headers, and keeping someone
 * signed in with a temporary password on the change-password page ({@link
 * TemporaryPasswordFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Where someone signed in with a temporary password is kept until they change it. */
  static final String CHANGE_PASSWORD = "/account/password";

  /**
   * What someone signed in with a temporary password may still reach; everything else redirects to
   * {@link #CHANGE_PASSWORD}. The information pages stay open so they can read the privacy notice
   * or find who to contact.
   */
  static final List<String> OPEN_WITH_A_TEMPORARY_PASSWORD =
      List.of(
          CHANGE_PASSWORD,
          "/sign-out",
          "/error",
          "/assets/**",
          "/nhsuk/**",
          "/css/**",
          "/js/**",
          "/favicon.ico",
          "/accessibility",
          "/privacy",
          "/contact");

  /** Where an admin who must use two-factor sign-in is kept until they have set it up. */
  static final String SET_UP_TWO_FACTOR = "/account/two-factor";

  /** What an admin without two-factor may still reach (issue 13, two-factor sign-in). */
  static final List<String> OPEN_WITHOUT_TWO_FACTOR =
      Stream.concat(Stream.of(SET_UP_TWO_FACTOR), OPEN_WITH_A_TEMPORARY_PASSWORD.stream()).toList();

  /** No inline script or style anywhere: every script and stylesheet is a file we serve. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), geolocation=(), microphone=(), payment=(), usb=()";

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      AuthenticationProvider signIn,
      AuthenticationSuccessHandler signedIn,
      AuthenticationFailureHandler signInFailed,
      AuthenticationDetailsSource<HttpServletRequest, ?> signInDetails,
      LogoutHandler signOutAudit,
      ObjectProvider<Customizer<OAuth2LoginConfigurer<HttpSecurity>>> externalSignIn)
      throws Exception {
    // No session for a visitor who has not signed in: the CSRF token and the page someone was
    // going to before signing in are kept in cookies instead (docs/security.md).
    CookieRequestCache savedRequests = new CookieRequestCache();
    if (signedIn instanceof SavedRequestAwareAuthenticationSuccessHandler afterSignIn) {
      afterSignIn.setRequestCache(savedRequests);
      afterSignIn.setRedirectStrategy(new PathOnlyRedirects());
    }
    // To the sign-in page by its path, not an address built from the Host header.
    LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/sign-in");
    signInPage.setFavorRelativeUris(true);
    CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    http.authorizeHttpRequests(SecurityConfiguration::applyRouteTable)
        // A mail program's one-click unsubscribe (RFC 8058) posts with no CSRF token; the
        // reminder's own unguessable token in the address is what authorises it.
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .ignoringRequestMatchers(
                        PathPatternRequestMatcher.pathPattern(
                            HttpMethod.POST, "/pathway-reminders/stop")))
        .requestCache(cache -> cache.requestCache(savedRequests))
        .exceptionHandling(refused -> refused.authenticationEntryPoint(signInPage))
        // Only this provider: no parent manager, so a failure is counted exactly once.
        .authenticationManager(new ProviderManager(signIn))
        .formLogin(
            login ->
                login
                    .loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .authenticationDetailsSource(signInDetails)
                    .successHandler(signedIn)
                    .failureHandler(signInFailed))
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .addLogoutHandler(signOutAudit)
                    // Not "cookies": that would forget the known-device cookie, which must outlive
                    // sign-out. The session cookie goes with the session.
                    .addLogoutHandler(
                        new HeaderWriterLogoutHandler(
                            new ClearSiteDataHeaderWriter(Directive.CACHE, Directive.STORAGE)))
                    .invalidateHttpSession(true)
                    .logoutSuccessUrl("/sign-in?signed-out"))
        .addFilterBefore(
            new TemporaryPasswordFilter(
                CHANGE_PASSWORD,
                OPEN_WITH_A_TEMPORARY_PASSWORD,
                SET_UP_TWO_FACTOR,
                OPEN_WITHOUT_TWO_FACTOR),
            AuthorizationFilter.class)
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny())
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                    .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY))
                    .crossOriginOpenerPolicy(
                        coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
    // NHS login and NHS CIS2, when configured (the identity module's external sign-in).
    Customizer<OAuth2LoginConfigurer<HttpSecurity>> external = externalSignIn.getIfAvailable();
    if (external != null) {
      http.oauth2Login(external);
    }
    return http.build();
  }

  private static void applyRouteTable(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    // A failure while handling any request renders the error page, whoever asked.
    registry.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
    for (RouteTable.Route route : RouteTable.ROUTES) {
      allow(registry.requestMatchers(route.method(), route.pattern()), route.access());
      if (route.method().equals(GET)) {
        allow(registry.requestMatchers(HEAD, route.pattern()), route.access());
      }
    }
    registry.anyRequest().denyAll();
  }

  private static void allow(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl rule, RouteTable.Access access) {
    Capability capability = access.capability();
    if (capability != null) {
      rule.hasAnyAuthority(capability.authorities());
      return;
    }
    switch (access) {
      case EVERYONE -> rule.permitAll();
      case SIGNED_IN -> rule.authenticated();
      case PRACTITIONERS_AND_SERVICE_LEADS -> rule.hasAnyRole("PRACTITIONER", "SERVICE_LEAD");
      case SYSTEMS -> rule.denyAll();
      default -> throw new IllegalStateException("No rule for " + access);
    }
  }
}
