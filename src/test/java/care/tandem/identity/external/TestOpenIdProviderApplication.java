package care.tandem.identity.external;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The test OpenID provider's own small application: Spring Authorization Server with OpenID
 * Connect, a sign-in form, two clients and the ID token claims of NHS login and NHS CIS2. Not a
 * {@code @Configuration}, so Tandem's component scan never picks it up; only the auto-configuration
 * a web server and Spring Security need.
 */
@EnableWebSecurity
@ImportAutoConfiguration({
  TomcatServletWebServerAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  SecurityAutoConfiguration.class,
  ServletWebSecurityAutoConfiguration.class,
  SecurityFilterAutoConfiguration.class
})
class TestOpenIdProviderApplication {

  static final String CLIENT_KEYS = "/test-clients/jwks";

  static String issuer;
  static JWKSet providerKeys;
  static JWKSet clientKeys;

  @Bean
  @Order(1)
  SecurityFilterChain protocol(HttpSecurity http, JwtDecoder decoder) throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer.oidc(withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
        .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder)))
        .exceptionHandling(
            refused ->
                refused.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests.requestMatchers(CLIENT_KEYS).permitAll().anyRequest().authenticated())
        .formLogin(withDefaults())
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  UserDetailsService users() {
    return TestOpenIdProvider.USERS;
  }

  @Bean
  JWKSource<SecurityContext> keys() {
    return new ImmutableJWKSet<>(providerKeys);
  }

  @Bean
  JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
  }

  @Bean
  AuthorizationServerSettings settings() {
    return AuthorizationServerSettings.builder().issuer(issuer).build();
  }

  @Bean
  RegisteredClientRepository clients() {
    return new InMemoryRegisteredClientRepository(
        client(TestOpenIdProvider.NHS_LOGIN_CLIENT, "nhs-login", List.of("profile", "email")),
        client(TestOpenIdProvider.CIS2_CLIENT, "cis2", List.of("profile", "nationalrbacaccess")));
  }

  /** NHS login's and CIS2's claims in the ID token; NHS login signs with RS512. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
    return context -> {
      if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
        return;
      }
      Map<String, Object> claims =
          TestOpenIdProvider.CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
      context.getClaims().claims(all -> all.putAll(claims));
      if (TestOpenIdProvider.NHS_LOGIN_CLIENT.equals(context.getRegisteredClient().getClientId())) {
        context.getJwsHeader().algorithm(SignatureAlgorithm.RS512);
      }
    };
  }

  /** Tandem's public key, where the provider fetches it to check Tandem's client assertions. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> clientKeysEndpoint() {
    OncePerRequestFilter endpoint =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws IOException {
            response.setContentType("application/json");
            response.getWriter().write(clientKeys.toString());
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(endpoint);
    registration.addUrlPatterns(CLIENT_KEYS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Lets a bad-input test swap the ID token in one token response ({@link TokenCrafting}). */
  @Bean
  FilterRegistrationBean<CraftedTokenResponses> craftedTokens() {
    FilterRegistrationBean<CraftedTokenResponses> registration =
        new FilterRegistrationBean<>(new CraftedTokenResponses());
    registration.addUrlPatterns("/oauth2/token");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  private static RegisteredClient client(
      String clientId, String registrationId, List<String> scopes) {
    return RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(clientId)
        .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        // Any port on the loopback address (RFC 8252): Tandem's test port is chosen at random.
        .redirectUri("http://127.0.0.1/login/oauth2/code/" + registrationId)
        .scope(OidcScopes.OPENID)
        .scopes(all -> all.addAll(scopes))
        .clientSettings(
            ClientSettings.builder()
                .requireProofKey(true)
                .requireAuthorizationConsent(false)
                .jwkSetUrl(issuer + CLIENT_KEYS)
                .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS512)
                .build())
        .build();
  }
}
