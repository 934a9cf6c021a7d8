package care.tandem.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL 17 from Maven-shipped binaries when no {@code spring.datasource.url} is
 * configured, so a first run needs nothing installed. Data is kept between runs in the configured
 * folder unless {@code tandem.embedded-database.clean} is set (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${tandem.embedded-database.directory:./data/postgres}") String directory,
      @Value("${tandem.embedded-database.clean:false}") boolean clean)
      throws IOException {
    Path dataDirectory = Path.of(directory).toAbsolutePath().normalize();
    Files.createDirectories(dataDirectory);
    log.info("No database URL configured: starting embedded PostgreSQL in {}", dataDirectory);
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(clean)
        .setRegisterShutdownHook(false)
        .start();
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("tandem-embedded");
    dataSource.setMaximumPoolSize(10);
    return dataSource;
  }

  static final class NoDatabaseUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }

  /** Exposed so a test can assert that the data source in use is the embedded one. */
  static boolean isEmbedded(DataSource dataSource) {
    return dataSource instanceof HikariDataSource hikari
        && "tandem-embedded".equals(hikari.getPoolName());
  }
}
