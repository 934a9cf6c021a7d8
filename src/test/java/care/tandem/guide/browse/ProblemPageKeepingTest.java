package care.tandem.guide.browse;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.guide.content.GuideContentLoaded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@GuideWithFixtures
class ProblemPageKeepingTest {

  private static final String PROBLEM = "pain-put-down-to-anxiety";

  @Autowired GuidePages pages;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  @Test
  void aProblemPageIsAssembledOnceAndAssembledAgainAfterTheGuideIsLoaded() {
    var first = pages.problem(PROBLEM).orElseThrow();
    String title = first.problem().title();
    jdbc.sql("update guide_problem set title = 'Changed behind the page' where id = ?")
        .param(PROBLEM)
        .update();
    try {
      assertThat(pages.problem(PROBLEM).orElseThrow()).isSameAs(first);

      events.publishEvent(new GuideContentLoaded());

      assertThat(pages.problem(PROBLEM).orElseThrow().problem().title())
          .isEqualTo("Changed behind the page");
    } finally {
      jdbc.sql("update guide_problem set title = ? where id = ?").params(title, PROBLEM).update();
      events.publishEvent(new GuideContentLoaded());
    }
  }
}
