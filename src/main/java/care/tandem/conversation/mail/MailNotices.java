package care.tandem.conversation.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail notices waiting to go: one row per account and record. Claiming a due row marks it as
 * being sent, so two nodes (or a sweep and a send after a post) never send the same notice twice.
 * Times are the database's, so every node agrees on them.
 */
@Repository
class MailNotices {

  /** A claim on a notice: whom to tell about which record, covering messages up to postedAt. */
  record Claim(UUID account, UUID person, Instant postedAt) {}

  /** A claim older than this was left by a node that stopped mid-send: it is due again. */
  private static final Duration ABANDONED = Duration.ofMinutes(10);

  private final JdbcClient jdbc;

  MailNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Notes that each account has something new on the record, posted at {@code postedAt}. */
  @Transactional
  public void pending(Collection<UUID> accounts, UUID person, Instant postedAt) {
    for (UUID account : accounts) {
      jdbc.sql(
              """
              insert into conversation_mail_notice (account_id, person_id, posted_at)
              values (?, ?, ?)
              on conflict (account_id, person_id) do update
                set posted_at = greatest(conversation_mail_notice.posted_at, excluded.posted_at)
              """)
          .params(account, person, utc(postedAt))
          .update();
    }
  }

  /**
   * Claims up to {@code limit} notices that are due: something new since the last e-mail, no e-mail
   * to that account about that record within {@code quietPeriod}, and not waiting to retry.
   */
  @Transactional
  public List<Claim> claimDue(Duration quietPeriod, int limit) {
    return jdbc.sql(
            """
            update conversation_mail_notice n set sending_since = now()
            from (select account_id, person_id from conversation_mail_notice
                  where (notified_up_to is null or posted_at > notified_up_to)
                    and (last_sent_at is null or last_sent_at <= now() - make_interval(secs => :quiet))
                    and (retry_after is null or retry_after <= now())
                    and (sending_since is null
                      or sending_since < now() - make_interval(secs => :abandoned))
                  order by posted_at limit :limit
                  for update skip locked) due
            where n.account_id = due.account_id and n.person_id = due.person_id
            returning n.account_id, n.person_id, n.posted_at
            """)
        .param("quiet", quietPeriod.toSeconds())
        .param("abandoned", ABANDONED.toSeconds())
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Claim(
                    rs.getObject("account_id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("posted_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The e-mail went: nothing more until something newer, and not within the quiet period. */
  @Transactional
  public void sent(Claim claim) {
    jdbc.sql(
            """
            update conversation_mail_notice set notified_up_to = ?, last_sent_at = now(),
              sending_since = null, failures = 0, retry_after = null
            where account_id = ? and person_id = ?
            """)
        .params(utc(claim.postedAt()), claim.account(), claim.person())
        .update();
  }

  /** No e-mail was needed (they read it already, or want none): settled without sending. */
  @Transactional
  public void settled(Claim claim) {
    jdbc.sql(
            """
            update conversation_mail_notice set notified_up_to = ?, sending_since = null,
              failures = 0, retry_after = null
            where account_id = ? and person_id = ?
            """)
        .params(utc(claim.postedAt()), claim.account(), claim.person())
        .update();
  }

  /** Sending failed: try again after {@code delay}, longer after each failure. */
  @Transactional
  public void failed(Claim claim, Duration delay) {
    jdbc.sql(
            """
            update conversation_mail_notice set sending_since = null, failures = failures + 1,
              retry_after = now() + make_interval(secs => ? * power(2, least(failures, 5)))
            where account_id = ? and person_id = ?
            """)
        .params(delay.toSeconds(), claim.account(), claim.person())
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
