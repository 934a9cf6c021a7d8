package care.tandem.learning.pathways;

import care.tandem.care.demo.DemoPeople;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: Sam is on "Before your first appointment", offered by the physiotherapist, twice a
 * week; two steps are out and he has opened the first, and the second has waited long enough for a
 * "check in" task. Fixed ids, so a restart adds nothing twice.
 */
@Component
@Profile("demo")
class DemoPathways extends DemoSeeding {

  static final UUID SAMS_KEY = stable("enrolment:sam:before-your-first-appointment");

  private final PathwayRepository pathways;
  private final EnrolmentRepository enrolments;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoPathways(
      PathwayRepository pathways,
      EnrolmentRepository enrolments,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ShippedPathways shipped) {
    super(ABOUT_PEOPLE);
    this.pathways = pathways;
    this.enrolments = enrolments;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  protected void seedDemo() {
    transaction.executeWithoutResult(status -> seed());
  }

  private void seed() {
    UUID sam = DemoPeople.SAM_TAYLOR;
    UUID physio =
        UUID.nameUUIDFromBytes(
            "tandem-demo:account:physio@demo.tandem".getBytes(StandardCharsets.UTF_8));
    boolean ready =
        jdbc.sql("select count(*) from person where id = ?")
                .param(sam)
                .query(Integer.class)
                .single()
            > 0;
    var pathway = pathways.shipped("before-your-first-appointment").flatMap(pathways::current);
    if (!ready || pathway.isEmpty() || enrolments.keyUsed(SAMS_KEY)) {
      return;
    }
    Instant now = Instant.now();
    UUID id =
        enrolments.insert(
            sam,
            pathway.get(),
            physio,
            now.minus(Duration.ofDays(15)),
            SAMS_KEY,
            "demo-" + UUID.randomUUID());
    var steps = pathway.get().steps();
    Instant first = now.minus(Duration.ofDays(14));
    Instant second = now.minus(Duration.ofDays(11));
    enrolments.release(id, steps.get(0).id(), first);
    enrolments.opened(id, steps.get(0).id(), first.plus(Duration.ofHours(3)));
    enrolments.release(id, steps.get(1).id(), second);
    enrolments.reminded(id);
    // Sam paused for a while: the second step has waited 11 days, so the physiotherapist has a
    // "check in with Sam" task and Sam is asked what got in the way.
    jdbc.sql(
            """
            insert into learning_check_in_task (enrolment_id, step_id, assignee, raised_at)
            values (?, ?, ?, ?) on conflict do nothing
            """)
        .params(id, steps.get(1).id(), physio, PathwayRepository.utc(now.minus(Duration.ofDays(1))))
        .update();
    enrolments.save(id, Pacing.notChosen().choose(Pace.TWICE_A_WEEK, now), QuietTime.NIGHT);
  }

  private static UUID stable(String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:learning:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
