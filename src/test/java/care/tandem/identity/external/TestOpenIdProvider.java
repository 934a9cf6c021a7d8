package care.tandem.identity.external;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for the whole test run: Spring Authorization Server on a random port, in a
 * small Spring application of its own ({@link TestOpenIdProviderApplication}) so none of it reaches
 * Tandem's context. It has two clients shaped like NHS login (RS512 ID tokens with {@code
 * nhs_number}, {@code birthdate}, {@code identity_proofing_level}, {@code vot}) and NHS CIS2
 * ({@code nhsid_useruid}, {@code selected_roleid}, {@code nhsid_nrbac_roles}, {@code acr}), both
 * with PKCE required and {@code private_key_jwt} client authentication against Tandem's public key.
 * Started before Tandem's context, which it points at itself (like {@code TestMailServer}).
 */
public final class TestOpenIdProvider
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String NHS_LOGIN_CLIENT = "tandem-test-nhs-login";
  static final String CIS2_CLIENT = "tandem-test-cis2";
  public static final String PASSWORD = "provider-password-1";

  /** Each test user's claims, by their user name at the provider. */
  static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();

  /** The next token response for an authorisation code, crafted by a bad-input test. */
  static final Map<String, TokenCrafting> CRAFTED = new ConcurrentHashMap<>();

  static final InMemoryUserDetailsManager USERS = new InMemoryUserDetailsManager();

  private static Running running;

  record Running(String issuer, RSAKey providerKey, RSAKey clientKey, Path clientKeyFile) {}

  /** The running provider, started on first use. */
  static synchronized Running get() {
    if (running == null) {
      running = start();
    }
    return running;
  }

  public static String issuer() {
    return get().issuer();
  }

  /** Someone who can sign in to NHS login at the provider, with NHS login's claims. */
  public static void addNhsLoginUser(String username, Map<String, Object> claims) {
    addUser(username, claims);
  }

  /** A member of staff at the provider, with CIS2's claims for one selected role. */
  public static void addCis2User(String username, String userId, String odsCode, String acr) {
    String roleId = "5555" + Math.abs(userId.hashCode() % 100_000_000);
    addUser(
        username,
        Map.of(
            "nhsid_useruid",
            userId,
            "selected_roleid",
            roleId,
            "nhsid_nrbac_roles",
            java.util.List.of(
                Map.of(
                    "person_roleid",
                    roleId,
                    "org_code",
                    odsCode,
                    "role_name",
                    "\"Clinical\":\"Clinical Provision\":\"Nurse Access Role\"",
                    "role_code",
                    "S8000:G8000:R8001")),
            "acr",
            acr,
            "given_name",
            "Sam",
            "family_name",
            "Staff"));
  }

  private static void addUser(String username, Map<String, Object> claims) {
    get();
    CLAIMS.put(username, claims);
    if (!USERS.userExists(username)) {
      USERS.createUser(
          User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Running provider = get();
    String key = provider.clientKeyFile().toString();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-openid-provider",
                Map.of(
                    "tandem.nhs-login.issuer-uri", provider.issuer(),
                    "tandem.nhs-login.client-id", NHS_LOGIN_CLIENT,
                    "tandem.nhs-login.private-key", key,
                    "tandem.cis2.issuer-uri", provider.issuer(),
                    "tandem.cis2.client-id", CIS2_CLIENT,
                    "tandem.cis2.private-key", key)));
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Running start() {
    try {
      RSAKey providerKey = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
      RSAKey clientKey =
          new RSAKeyGenerator(2048)
              .keyIDFromThumbprint(true)
              .algorithm(JWSAlgorithm.RS512)
              .generate();
      Path file = Files.createTempFile("tandem-test-client-key", ".json");
      Files.writeString(file, clientKey.toJSONString());
      file.toFile().deleteOnExit();
      int port = freePort();
      TestOpenIdProviderApplication.issuer = "http://127.0.0.1:" + port;
      TestOpenIdProviderApplication.providerKeys = new JWKSet(providerKey);
      TestOpenIdProviderApplication.clientKeys = new JWKSet(clientKey.toPublicJWK());
      SpringApplication application = new SpringApplication(TestOpenIdProviderApplication.class);
      application.setWebApplicationType(WebApplicationType.SERVLET);
      // Tandem's test run has set up logging already: the provider must not set it up again.
      application.setListeners(
          application.getListeners().stream()
              .filter(listener -> !(listener instanceof LoggingApplicationListener))
              .toList());
      application.setDefaultProperties(
          Map.of(
              "server.port", String.valueOf(port),
              "server.address", "127.0.0.1",
              "spring.config.name", "tandem-test-openid-provider",
              "spring.main.banner-mode", "off",
              "spring.jmx.enabled", "false"));
      ConfigurableApplicationContext context = application.run();
      Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-openid-provider-stop"));
      return new Running("http://127.0.0.1:" + port, providerKey, clientKey, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
