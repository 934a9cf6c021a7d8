package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The headers every response carries, and the caching rules for pages and static files. */
@FullApplicationTest
class SecurityHeadersTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void everyPageHasAContentSecurityPolicyWithoutUnsafeInline() throws Exception {
    for (String path : List.of("/", "/sign-in", "/no-such-page")) {
      String policy =
          mvc.perform(get(path)).andReturn().getResponse().getHeader("Content-Security-Policy");

      assertThat(policy)
          .as(path)
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("style-src 'self'")
          .contains("object-src 'none'")
          .contains("frame-ancestors 'none'")
          .contains("form-action 'self'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
    }
  }

  @Test
  void sendsTheOtherProtectiveHeaders() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/sign-in")).andReturn().getResponse();

    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(response.getHeader("Permissions-Policy"))
        .contains("camera=()")
        .contains("geolocation=()");
    assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
  }

  @Test
  void sendsStrictTransportSecurityForAYearOverHttps() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/sign-in").secure(true)).andReturn().getResponse();

    assertThat(response.getHeader("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000 ; includeSubDomains");
  }

  @Test
  void signedInPagesAreNeverStored() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    for (String path : List.of("/account/password", "/admin", "/admin/accounts")) {
      MockHttpServletResponse response =
          mvc.perform(get(path).with(SignedInAs.account(testAccounts.demo("admin@demo.tandem"))))
              .andReturn()
              .getResponse();

      assertThat(response.getStatus()).as(path).isEqualTo(200);
      assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
    }
  }

  @Test
  void staticFilesKeepTheirLongCacheLifetime() throws Exception {
    MockHttpServletResponse css =
        mvc.perform(get("/nhsuk/nhsuk-frontend.min.css")).andReturn().getResponse();

    assertThat(css.getStatus()).isEqualTo(200);
    assertThat(css.getHeader("Cache-Control"))
        .contains("max-age=31536000")
        .doesNotContain("no-store");
    assertThat(css.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void signingOutOverHttpsAsksTheBrowserToClearWhatItKept() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    MockHttpServletResponse response =
        mvc.perform(
                post("/sign-out")
                    .secure(true)
                    .with(csrf())
                    .with(SignedInAs.account(testAccounts.demo("patient@demo.tandem"))))
            .andReturn()
            .getResponse();

    // Not "cookies": the known-device cookie outlives sign-out (docs/security.md); the session
    // cookie is expired with the session.
    assertThat(response.getHeader("Clear-Site-Data"))
        .contains("\"cache\"")
        .contains("\"storage\"")
        .doesNotContain("\"cookies\"");
  }

  @Test
  void theSessionAndCsrfCookiesAreHiddenFromScriptsAndCrossSitePosts() {
    HttpResponse<String> page = new Http(port).get("/sign-in");
    HttpResponse<String> signedIn =
        new TestBrowser(port).signIn("physio@demo.tandem", TestBrowser.DEMO_PASSWORD);

    assertThat(page.headers().allValues("Set-Cookie"))
        .as("%s %s", page.statusCode(), page.headers().map())
        .anyMatch(value -> value.startsWith("XSRF-TOKEN="));
    String csrf =
        page.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow();
    String session =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(csrf).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(session).contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void visitorsReadingPublicPagesGetNoSession() {
    HttpResponse<String> home = new TestBrowser(port).get("/");

    assertThat(home.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
  }

  @Test
  void pagesUseNoInlineScriptOrStyle() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    for (String path : List.of("/sign-in", "/account/password", "/admin/accounts/new")) {
      String html =
          mvc.perform(get(path).with(SignedInAs.account(testAccounts.demo("admin@demo.tandem"))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      Document page = Jsoup.parse(html);

      assertThat(page.select("script:not([src])")).as(path).isEmpty();
      assertThat(page.select("[style], style")).as(path).isEmpty();
      assertThat(page.select("[onclick], [onload], [onsubmit]")).as(path).isEmpty();
    }
  }
}
