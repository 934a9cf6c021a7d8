package care.tandem.principles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the stored principles with the checked content files at every start, in one transaction,
 * before the application takes requests.
 */
@Component
class PrinciplesLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(PrinciplesLoader.class);
  // Serialises loads when several nodes start at once against one database.
  private static final long LOAD_LOCK = 0x7072696e63697031L;

  private final PrincipleContent content;
  private final PrincipleRepository repository;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;

  PrinciplesLoader(
      PrincipleContent content,
      PrincipleRepository repository,
      TransactionTemplate transaction,
      JdbcClient jdbc) {
    this.content = content;
    this.repository = repository;
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked")
              .param(LOAD_LOCK)
              .query(Integer.class)
              .single();
          repository.replaceAll(content.principles());
        });
    log.info("Loaded {} service principles", content.size());
  }
}
