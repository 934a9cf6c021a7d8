package care.tandem.care.joining;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong invitation codes typed from each network address. Past the limit in the window, the address
 * waits: a code has about 50 bits, so guessing one this slowly is hopeless.
 */
@Component
class CodeAttempts {

  private final JdbcClient jdbc;
  private final JoiningSettings settings;

  CodeAttempts(JdbcClient jdbc, JoiningSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  boolean throttled(String address, Instant now) {
    return jdbc.sql(
                "select count(*) from care_invitation_code_attempt"
                    + " where address = ? and attempted_at > ?")
            .params(address, now.minus(settings.codeWindow()).atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single()
        >= settings.codeTries();
  }

  void wrong(String address, Instant now) {
    jdbc.sql("delete from care_invitation_code_attempt where attempted_at < ?")
        .param(now.minus(settings.codeWindow()).atOffset(ZoneOffset.UTC))
        .update();
    jdbc.sql("insert into care_invitation_code_attempt (address, attempted_at) values (?, ?)")
        .params(address, now.atOffset(ZoneOffset.UTC))
        .update();
  }
}
