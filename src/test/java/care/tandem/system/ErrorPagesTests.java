package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors reach the person as design-system pages with the right status, and never show a stack
 * trace, an exception or a class name — whether the fault is theirs (bad input) or ours.
 */
@FullApplicationTest
class ErrorPagesTests {

  private static final String SECRET = "connection to patient-db-7 refused";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void connect() {
    http = new Http(port);
  }

  @Test
  void unknownAddressGetsPageNotFound() {
    HttpResponse<String> response = http.get("/test-only/no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertNhsErrorPage(response, "Page not found");
  }

  @Test
  void missingStaticFileGetsPageNotFound() {
    HttpResponse<String> response = http.get("/css/no-such-file.css");

    assertThat(response.statusCode()).isEqualTo(404);
    assertNhsErrorPage(response, "Page not found");
  }

  @Test
  void openingTheErrorAddressDirectlyGetsPageNotFound() {
    HttpResponse<String> response = http.get("/error");

    assertThat(response.statusCode()).isEqualTo(404);
    assertNhsErrorPage(response, "Page not found");
  }

  @Test
  void malformedParameterGetsBadRequestNotServerError() {
    HttpResponse<String> response = http.get("/test-only/weeks?number=twelve");

    assertThat(response.statusCode()).isEqualTo(400);
    assertNhsErrorPage(response, "Sorry, we could not understand your request");
  }

  @Test
  void malformedIdInTheAddressGetsPageNotFoundLikeAnUnknownOne() {
    HttpResponse<String> unknown = http.get("/test-only/records/" + UUID.randomUUID());
    assertThat(unknown.statusCode()).isEqualTo(404);

    for (String id : new String[] {"not-an-id", "%20"}) {
      HttpResponse<String> malformed = http.get("/test-only/records/" + id);

      assertThat(malformed.statusCode()).as(id).isEqualTo(404);
      assertNhsErrorPage(malformed, "Page not found");
      assertThat(Http.page(malformed).select("main").text())
          .as(id)
          .isEqualTo(Http.page(unknown).select("main").text());
    }
  }

  @Test
  void missingParameterGetsBadRequest() {
    HttpResponse<String> response = http.get("/test-only/weeks");

    assertThat(response.statusCode()).isEqualTo(400);
    assertNhsErrorPage(response, "Sorry, we could not understand your request");
  }

  @Test
  void malformedBodyGetsBadRequest() {
    HttpResponse<String> response =
        http.post("/test-only/answers", "application/json", "{\"score\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertNhsErrorPage(response, "Sorry, we could not understand your request");
  }

  @Test
  void wrongMethodGetsMethodNotAllowed() {
    HttpResponse<String> response = http.post("/test-only/weeks", "text/plain", "");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    assertNhsErrorPage(response, "Sorry, you cannot do that on this page");
  }

  @Test
  void refusedAccessGetsNoPermissionPage() {
    HttpResponse<String> response = http.get("/test-only/forbidden");

    assertThat(response.statusCode()).isEqualTo(403);
    assertNhsErrorPage(response, "You do not have permission to see this page");
  }

  @Test
  void failureInsideTheServiceGetsProblemPageWithoutItsDetail() {
    HttpResponse<String> response = http.get("/test-only/failure");

    assertThat(response.statusCode()).isEqualTo(500);
    assertNhsErrorPage(response, "Sorry, there is a problem with the service");
    assertThat(response.body()).doesNotContain(SECRET).doesNotContain("IllegalStateException");
    assertThat(Http.page(response).select("main").text()).contains("call 999").contains("116 123");
  }

  @Test
  void oversizedHeadersGetBadRequestWithoutServerDetails() {
    HttpResponse<String> response = http.get("/", "X-Filler", "a".repeat(20_000));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
  }

  private static void assertNhsErrorPage(HttpResponse<String> response, String heading) {
    Document page = Http.page(response);
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("h1").text()).isEqualTo(heading);
    assertThat(page.title()).isEqualTo(heading + " – Tandem");
    assertThat(page.select("header.nhsuk-header")).hasSize(1);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .doesNotContain("\tat ")
        .doesNotContain("care.tandem.")
        .doesNotContain("org.springframework")
        .doesNotContain("Exception")
        .doesNotContain("Whitelabel");
  }

  /**
   * A few routes that fail on purpose, and a chain that lets them through whatever the route table
   * says.
   */
  @TestConfiguration
  static class FailingRoutes {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain testOnlyRoutes(HttpSecurity http) throws Exception {
      http.securityMatcher("/test-only/**")
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .csrf(csrf -> csrf.disable());
      return http.build();
    }

    @Bean
    FailingController failingController() {
      return new FailingController();
    }
  }

  @RestController
  static class FailingController {

    @GetMapping("/test-only/weeks")
    String weeks(@RequestParam int number) {
      return "Waiting " + number + " weeks";
    }

    @GetMapping("/test-only/records/{recordId}")
    String record(@PathVariable UUID recordId) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, SECRET);
    }

    @PostMapping("/test-only/answers")
    String answers(@RequestBody Answers answers) {
      return "Score " + answers.score();
    }

    @GetMapping("/test-only/forbidden")
    String forbidden() {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, SECRET);
    }

    @GetMapping("/test-only/failure")
    String failure() {
      throw new IllegalStateException(SECRET);
    }

    record Answers(int score) {}
  }
}
