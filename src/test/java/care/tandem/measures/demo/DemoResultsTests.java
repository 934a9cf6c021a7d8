package care.tandem.measures.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ModuleEvents;
import care.tandem.ReadsTheDemoAsShipped;
import care.tandem.care.demo.DemoPeople;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo seeds months of results for Sam and Aisha, scored for real, never a crisis answer. */
@FullApplicationTest
@ReadsTheDemoAsShipped
class DemoResultsTests {

  @Autowired JdbcClient jdbc;
  @Autowired DemoResults demo;

  @Test
  void seedsMonthsOfScoresForSamAndAisha() {
    assertThat(totals(DemoPeople.SAM_TAYLOR, "phq-9")).containsExactly(18, 16, 13, 11, 9, 7);
    assertThat(totals(DemoPeople.SAM_TAYLOR, "gad-7")).containsExactly(12, 11, 9, 9, 6);
    assertThat(totals(DemoPeople.AISHA_RAHMAN, "gad-7")).containsExactly(16, 15, 13, 14, 11, 10);
    assertThat(totals(DemoPeople.AISHA_RAHMAN, "phq-9")).containsExactly(9, 10, 8, 8);
  }

  @Test
  void storesEveryAnswerAddingUpToTheTotalAndNoneToQuestion9() {
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from measures_response r
                    where r.id = any(?) and r.total <> (select sum(value)
                      from measures_answer a where a.response_id = r.id)
                    """)
                .param(seeded())
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from measures_answer a join measures_response r
                      on r.id = a.response_id
                    where r.id = any(?) and r.instrument = 'phq-9' and a.link_id = '9'
                      and a.value > 0
                    """)
                .param(seeded())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void putsEachOnTheTimelineAndAddsNothingOnARestart() {
    demo.start();
    ModuleEvents.awaitHandled(jdbc, DemoPeople.SAM_TAYLOR);

    assertThat(totals(DemoPeople.SAM_TAYLOR, "phq-9")).hasSize(6);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from care_timeline_entry
                    where person_id = ? and kind = 'measures.completed'
                    """)
                .param(DemoPeople.SAM_TAYLOR)
                .query(Integer.class)
                .single())
        .isEqualTo(11);
  }

  /** Only the seed's own responses: other tests may add results for the demo people. */
  private static UUID[] seeded() {
    return DemoResults.STORIES.stream()
        .flatMap(
            story ->
                java.util.stream.IntStream.range(0, story.totals().size())
                    .mapToObj(index -> DemoResults.idFor(story, index)))
        .toArray(UUID[]::new);
  }

  private List<Integer> totals(UUID person, String instrument) {
    return jdbc.sql(
            """
            select total from measures_response
            where person_id = ? and instrument = ? and status = 'submitted'
              and id = any(?)
            order by submitted_at
            """)
        .params(person, instrument, seeded())
        .query(Integer.class)
        .list();
  }
}
