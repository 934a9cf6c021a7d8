package care.tandem.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ReadsTheDemoAsShipped;
import care.tandem.care.demo.DemoPeople;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo conversations a newcomer walks through, as the person and as each practitioner. */
@FullApplicationTest
@ReadsTheDemoAsShipped
class DemoConversationsTests {

  @Autowired JdbcClient jdbc;
  @Autowired DemoConversations demo;

  @Test
  void everyDemoPersonHasAConversationWithATopicAndAnOpenReplyRequest() {
    for (UUID person : DemoPeople.ALL) {
      assertThat(count("select count(*) from conversation_message where person_id = ?", person))
          .isGreaterThanOrEqualTo(12);
      assertThat(
              count(
                  "select count(*) from conversation_thread where person_id = ? and title is not null",
                  person))
          .isEqualTo(1);
      assertThat(
              count(
                  """
                  select count(*) from conversation_message
                  where person_id = ? and reply_requested_from is not null and replied_at is null
                  """,
                  person))
          .isGreaterThanOrEqualTo(1);
      assertThat(
              count(
                  """
                  select count(distinct ao.organisation_id) from conversation_message m
                  join account_organisation ao on ao.account_id = m.author_account_id
                  where m.person_id = ? and not m.by_the_person
                  """,
                  person))
          .as("organisations writing")
          .isGreaterThanOrEqualTo(2);
      assertThat(
              count(
                  "select count(*) from conversation_message where person_id = ? and by_the_person",
                  person))
          .isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void theDemoPhysiotherapistHasReadSomeMessagesAndNotOthers() {
    UUID physio =
        jdbc.sql("select id from account where email = 'physio@demo.tandem'")
            .query(UUID.class)
            .single();
    String unread =
        """
        select count(*) from conversation_message m
        left join conversation_read r on r.thread_id = m.thread_id and r.account_id = ?
        where m.person_id = ? and m.seq > coalesce(r.read_up_to, 0)
        """;
    String read =
        """
        select count(*) from conversation_message m
        join conversation_read r on r.thread_id = m.thread_id and r.account_id = ?
        where m.person_id = ? and m.seq <= r.read_up_to
        """;
    assertThat(count(unread, physio, DemoPeople.SAM_TAYLOR)).isPositive();
    assertThat(count(read, physio, DemoPeople.SAM_TAYLOR)).isPositive();
  }

  @Test
  void startingAgainWithTheSameDataAddsNothing() {
    int before = demoMessages();

    demo.start();

    assertThat(demoMessages()).isEqualTo(before);
  }

  private int demoMessages() {
    return DemoPeople.ALL.stream()
        .mapToInt(
            person ->
                count("select count(*) from conversation_message where person_id = ?", person))
        .sum();
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
