package care.tandem.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ReadsTheDemoAsShipped;
import care.tandem.care.demo.DemoPeople;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo people's plans tell a story: goals across the sections, met ones, a history. */
@FullApplicationTest
@ReadsTheDemoAsShipped
class DemoPlansTests {

  @Autowired JdbcClient jdbc;
  @Autowired DemoPlans demoPlans;

  @Test
  void eachDemoPersonHasAPlanWrittenByTheirTeamOverTime() {
    for (UUID person : DemoPeople.ALL) {
      assertThat(count("select count(*) from care_plan_goal where person_id = ?", person))
          .as("goals")
          .isBetween(2, 4);
      assertThat(
              count(
                  "select count(distinct section) from care_plan_goal where person_id = ?", person))
          .as("sections")
          .isEqualTo(3);
      assertThat(
              count("select count(*) from care_plan_action where person_id = ? and done", person))
          .as("actions done")
          .isPositive();
      assertThat(
              count(
                  "select count(*) from care_plan_action"
                      + " where person_id = ? and assignee_account_id is null",
                  person))
          .as("actions for the person")
          .isPositive();
      assertThat(
              count(
                  "select count(distinct changed_by) from care_plan_version where person_id = ?",
                  person))
          .as("members who changed it")
          .isGreaterThanOrEqualTo(2);
      assertThat(
              count(
                  "select count(*) from care_plan_version"
                      + " where person_id = ? and what in ('goal-changed', 'goal-met')",
                  person))
          .as("goals changed since they were written")
          .isPositive();
      assertThat(
              count(
                  "select count(*) from care_plan_version"
                      + " where person_id = ? and changed_at > now()",
                  person))
          .as("changes in the future")
          .isZero();
    }
    assertThat(
            count(
                "select count(*) from care_plan_goal where status = 'MET' and person_id = ?",
                DemoPeople.SAM_TAYLOR))
        .isPositive();
  }

  @Test
  void startingAgainWithTheSameDataChangesNothing() {
    int versions = allVersions();

    demoPlans.start();

    assertThat(allVersions()).isEqualTo(versions);
  }

  private int allVersions() {
    return jdbc.sql("select count(*) from care_plan_version").query(Integer.class).single();
  }

  private int count(String sql, UUID person) {
    return jdbc.sql(sql).param(person).query(Integer.class).single();
  }
}
