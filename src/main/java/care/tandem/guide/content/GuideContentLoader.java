package care.tandem.guide.content;

import care.tandem.principles.Principles;
import care.tandem.system.content.ContentProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and checks the guide content at start and replaces the stored guide with it in one
 * transaction, before the application takes requests. Bad content stops the application with a list
 * of every problem, each naming its file and field.
 */
@Component
class GuideContentLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(GuideContentLoader.class);
  // Serialises loads when several nodes start at once against one database.
  private static final long LOAD_LOCK = 0x6775696465303031L;

  private final ResourcePatternResolver resources;
  private final String location;
  private final Principles principles;
  private final GuideContentStore store;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  GuideContentLoader(
      ResourcePatternResolver resources,
      @Value("${tandem.guide.content-location:classpath:guide/}") String location,
      Principles principles,
      GuideContentStore store,
      TransactionTemplate transaction,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.resources = resources;
    this.location = location;
    this.principles = principles;
    this.store = store;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public void afterSingletonsInstantiated() {
    long started = System.nanoTime();
    ContentProblems problems = new ContentProblems();
    GuideContent content = new GuideContentReader(resources, location, problems).read();
    GuideContentValidator.validate(content, principles.ids(), problems);
    problems.throwIfAny();
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked")
              .param(LOAD_LOCK)
              .query(Integer.class)
              .single();
          store.replaceAll(content);
        });
    events.publishEvent(new GuideContentLoaded());
    log.info(
        "Loaded the guide in {} ms: {} areas, {} problems, {} solutions, {} barriers, {} examples",
        (System.nanoTime() - started) / 1_000_000,
        content.areas().size(),
        content.problems().size(),
        content.solutions().size(),
        content.barriers().size(),
        content.examples().size());
  }
}
