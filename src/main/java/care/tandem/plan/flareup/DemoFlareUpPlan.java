package care.tandem.plan.flareup;

import care.tandem.care.demo.DemoPeople;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sam's short flare-up plan, written with his physiotherapist, so the plan, its card and its form
 * show something. Idempotent: a plan already there (seeded or written in a demo) is left alone.
 */
@Component
@Profile("demo")
class DemoFlareUpPlan extends DemoSeeding {

  private final JdbcClient jdbc;

  DemoFlareUpPlan(JdbcClient jdbc) {
    super(ABOUT_PEOPLE);
    this.jdbc = jdbc;
  }

  @Override
  protected void seedDemo() {
    UUID person = DemoPeople.SAM_TAYLOR;
    UUID account =
        jdbc.sql("select account_id from person where id = ?")
            .param(person)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (account == null) {
      return;
    }
    FlareUpPlan plan =
        new FlareUpPlan(
            person,
            1,
            List.of("Sleeping badly for two nights or more", "Not wanting to see anyone"),
            List.of(
                "Short walks, 10 minutes, twice a day",
                "A warm bath before bed",
                "Telling someone how I feel"),
            List.of("Staying in bed all day", "Cancelling everything at once"),
            List.of(
                "Physiotherapy team: 01632 960123 (weekdays 9am to 5pm)",
                "GP surgery: 01632 960456",
                "NHS 111, option 2, day or night"),
            account,
            Instant.now().minus(10, ChronoUnit.DAYS));
    UUID key =
        UUID.nameUUIDFromBytes(("tandem-demo:flare-up:" + person).getBytes(StandardCharsets.UTF_8));
    new FlareUpRepository(jdbc).insert(plan, key);
  }
}
