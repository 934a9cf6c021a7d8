package care.tandem.conversation.mail;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Whether a practitioner wants e-mails about new messages: yes unless they said no. */
@Repository
class MailPreferences {

  private final JdbcClient jdbc;

  MailPreferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean wantsEmail(UUID account) {
    return jdbc.sql("select wants_email from conversation_mail_preference where account_id = ?")
        .param(account)
        .query(Boolean.class)
        .optional()
        .orElse(true);
  }

  @Transactional
  public void choose(UUID account, boolean wantsEmail) {
    jdbc.sql(
            """
            insert into conversation_mail_preference (account_id, wants_email, updated_at)
            values (?, ?, now())
            on conflict (account_id) do update
              set wants_email = excluded.wants_email, updated_at = excluded.updated_at
            """)
        .params(account, wantsEmail)
        .update();
  }
}
