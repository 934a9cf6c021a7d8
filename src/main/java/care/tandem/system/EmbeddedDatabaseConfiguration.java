package care.tandem.system;

import care.tandem.system.database.EmbeddedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
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
 * folder unless {@code tandem.embedded-database.clean} is set (tests). Durable, behind its own
 * password and back by itself after a crash: see {@link EmbeddedDatabase}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(
      @Value("${tandem.embedded-database.directory:./data/postgres}") String directory,
      @Value("${tandem.embedded-database.clean:false}") boolean clean,
      @Value("${tandem.embedded-database.durable:true}") boolean durable,
      @Value("${tandem.embedded-database.password:}") String password)
      throws IOException {
    return EmbeddedDatabase.start(
        Path.of(directory).toAbsolutePath().normalize(), clean, durable, password);
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.jdbcUrl());
    dataSource.setUsername(database.user());
    dataSource.setPassword(database.password());
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
