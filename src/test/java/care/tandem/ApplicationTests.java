package care.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
class ApplicationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void runsOnEmbeddedPostgreSql17() {
    String version = jdbc.sql("show server_version").query(String.class).single();
    assertThat(version).startsWith("17.");
  }

  @Test
  void servesTheStartPageWithTheDesignSystem() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("nhsuk-header").contains("Demo");
    HttpResponse<String> css =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/nhsuk/nhsuk-frontend.min.css"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(css.statusCode()).isEqualTo(200);
  }
}
