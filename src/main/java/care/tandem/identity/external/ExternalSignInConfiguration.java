package care.tandem.identity.external;

import care.tandem.audit.AuditLog;
import care.tandem.identity.account.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Spring Security's OpenID Connect sign-in for NHS login and NHS CIS2, applied to the web filter
 * chain by {@code SecurityConfiguration} only when at least one is configured: authorisation code
 * with PKCE, {@code private_key_jwt} client authentication, NHS login's {@code vtr} and CIS2's
 * {@code acr_values}. Tokens are not kept once the person is signed in ({@link NothingKept}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ExternalSignInConfiguration.ANY_CONFIGURED)
class ExternalSignInConfiguration {

  static final String ANY_CONFIGURED =
      "!'${tandem.nhs-login.client-id:}'.isBlank() or !'${tandem.cis2.client-id:}'.isBlank()";

  @Bean
  Customizer<OAuth2LoginConfigurer<HttpSecurity>> externalSignIn(
      ExternalProviders providers,
      ExternalUserService users,
      Accounts accounts,
      AuditLog audit,
      AuthenticationSuccessHandler signedIn,
      JwtDecoderFactory<ClientRegistration> idTokenDecoders) {
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
    requests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce()
            .andThen(request -> askForAssurance(request, providers)));
    RestClientAuthorizationCodeTokenResponseClient tokens =
        new RestClientAuthorizationCodeTokenResponseClient();
    tokens.addParametersConverter(
        new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(
            providers::clientKey));
    // The web chain's authentication manager knows only the password form's provider, so the
    // OpenID Connect filter is given one of its own.
    OidcAuthorizationCodeAuthenticationProvider idTokens =
        new OidcAuthorizationCodeAuthenticationProvider(tokens, users);
    idTokens.setJwtDecoderFactory(idTokenDecoders);
    ProviderManager manager = new ProviderManager(idTokens);
    return login ->
        login
            .withObjectPostProcessor(
                new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                  @Override
                  public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                    filter.setAuthenticationManager(manager);
                    return filter;
                  }
                })
            .loginPage("/sign-in")
            .clientRegistrationRepository(providers)
            .authorizedClientRepository(new NothingKept())
            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
            .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokens))
            .userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
            .successHandler(new ExternalSignInSuccess(accounts, audit, signedIn))
            .failureHandler(new ExternalSignInFailure(audit));
  }

  /** Checks ID tokens with the algorithm each provider signs with (NHS login: RS512). */
  @Bean
  JwtDecoderFactory<ClientRegistration> idTokenDecoders(ExternalProviders providers) {
    OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
    decoders.setJwsAlgorithmResolver(providers::idTokenAlgorithm);
    return decoders;
  }

  /** NHS login: the vectors of trust; CIS2: the authenticator assurance level. */
  private static void askForAssurance(
      OAuth2AuthorizationRequest.Builder request, ExternalProviders providers) {
    request.attributes(
        attributes -> {
          Object id = attributes.get(OAuth2ParameterNames.REGISTRATION_ID);
          if (Provider.NHS_LOGIN.registrationId().equals(id)) {
            request.additionalParameters(
                parameters -> parameters.put("vtr", providers.nhsLogin().vtrParameter()));
          } else if (Provider.CIS2.registrationId().equals(id)) {
            request.additionalParameters(
                parameters -> parameters.put("acr_values", providers.cis2().acrValues()));
          }
        });
  }
}
