package care.tandem.plan.demo;

import care.tandem.care.demo.DemoPeople;
import care.tandem.care.web.CareDates;
import care.tandem.plan.CarePlans;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a care plan for each demo person ({@link DemoPlanStories}), after the demo people and their
 * teams exist and before the web server takes requests. Idempotent: a plan that has been written
 * (by the seed or during a demo) is left as it is.
 */
@Component
@Profile("demo")
class DemoPlans extends DemoSeeding {

  private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

  private final CarePlans plans;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoPlans(CarePlans plans, JdbcClient jdbc, TransactionTemplate transaction) {
    super(ABOUT_PEOPLE);
    this.plans = plans;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    Map<UUID, Consumer<DemoPlanWriter>> stories =
        Map.of(
            DemoPeople.SAM_TAYLOR, DemoPlanStories::sam,
            DemoPeople.AISHA_RAHMAN, DemoPlanStories::aisha,
            DemoPeople.DENISE_HOLT, DemoPlanStories::denise);
    stories.forEach(
        (person, story) ->
            transaction.executeWithoutResult(
                status -> {
                  if (seeded(person) || !exists(person)) {
                    return;
                  }
                  story.accept(new DemoPlanWriter(plans, person, LocalDate.now(CareDates.UK_TIME)));
                  log.info("Demo care plan written for {}", person);
                }));
  }

  private boolean seeded(UUID person) {
    return jdbc.sql("select count(*) from care_plan where person_id = ? and version > 0")
            .param(person)
            .query(Integer.class)
            .single()
        > 0;
  }

  private boolean exists(UUID person) {
    return jdbc.sql("select count(*) from person where id = ?")
            .param(person)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The id the identity module's demo seed gives the demo account {@code name}@demo.tandem. */
  static UUID account(String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:account:" + name + "@demo.tandem").getBytes(StandardCharsets.UTF_8));
  }
}
