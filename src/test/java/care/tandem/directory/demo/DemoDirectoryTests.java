package care.tandem.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.directory.oruk.ImportReport;
import care.tandem.directory.oruk.OrukImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
@Order(0) // reads the demo content as it ships, before the page gates send its forms empty
@Isolated("it replaces every directory listing with its own")
class DemoDirectoryTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  @Autowired OrukImporter importer;
  @Autowired JdbcClient jdbc;
  @Autowired ResourceLoader resources;

  @BeforeEach
  void emptyDirectory() {
    new DirectoryFixtures(jdbc).removeAllListings();
  }

  @Test
  void anEmptyDirectoryGetsTheDemoListingsOnce() {
    DemoDirectory demo =
        new DemoDirectory(importer, jdbc, resources, "classpath:directory/oruk/demo-services.json");

    ImportReport report = demo.load();

    assertThat(report).isNotNull();
    assertThat(report.rejected()).as(report.summary()).isEmpty();
    assertThat(report.services()).isEqualTo(1);
    assertThat(demo.load()).as("a directory with listings is left alone").isNull();
  }

  @Test
  void aMissingFileIsLoggedAndTheDirectoryStaysEmpty() {
    DemoDirectory demo =
        new DemoDirectory(importer, jdbc, resources, "classpath:directory/oruk/nothing.json");

    assertThat(demo.load()).isNull();
    assertThat(jdbc.sql("select count(*) from directory_service").query(Long.class).single())
        .isZero();
  }
}
