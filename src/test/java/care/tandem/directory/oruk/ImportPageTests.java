package care.tandem.directory.oruk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class ImportPageTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final String BOUNDARY = "----tandemTestBoundary";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  RequestPostProcessor lead;

  @BeforeEach
  void signIn() {
    new DirectoryFixtures(jdbc).removeAllListings();
    lead = SignedInAs.account(new TestAccounts(accounts, jdbc).demo("lead@demo.tandem"));
  }

  @Test
  void theFormIsShown() throws Exception {
    mvc.perform(get("/directory/import").with(lead))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<h1>Import listings</h1>")));
  }

  @Test
  void aDryRunShowsWhatWouldBeImportedAndTheWarnings() throws Exception {
    mvc.perform(upload(OrukExamples.example("service_full.json"), true))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The file is ready to import")))
        .andExpect(content().string(Matchers.containsString("not a place on Earth")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from directory_service").query(Long.class).single())
        .isZero();
  }

  @Test
  void anImportIsStoredAndAProblemIsNamed() throws Exception {
    mvc.perform(upload(OrukExamples.example("service_full.json"), false))
        .andExpect(content().string(Matchers.containsString("Listings imported")));
    mvc.perform(
            upload(
                "{\"id\": \"x\", \"name\": \"<script>alert(1)</script>\"}"
                    .getBytes(StandardCharsets.UTF_8),
                false))
        .andExpect(content().string(Matchers.containsString("Nothing was imported")))
        .andExpect(content().string(Matchers.containsString("id is not a UUID")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
  }

  @Test
  void aZipBombIsRefusedWithAClearErrorAndNothingStored() throws Exception {
    mvc.perform(upload(ZipBombs.bomb480Megabytes(), false))
        .andExpect(content().string(Matchers.containsString("Nothing was imported")))
        .andExpect(
            content()
                .string(Matchers.containsString("unpacks to more than 100 times its packed size")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from directory_service").query(Long.class).single())
        .isZero();
  }

  @Test
  void noFileIsAClearError() throws Exception {
    mvc.perform(post("/directory/import").with(lead).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose a .json or .zip file")));
  }

  private org.springframework.test.web.servlet.RequestBuilder upload(byte[] file, boolean dryRun)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"services.json\"\r\nContent-Type: application/json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    if (dryRun) {
      body.write(
          ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post("/directory/import")
        .with(lead)
        .with(csrf())
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .content(body.toByteArray());
  }
}
