package care.tandem.measures.answering;

import care.tandem.measures.SenderDetails;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What connected systems said about the responses they sent ({@code measures_response}). */
@Repository
class ResponseSenders {

  private final JdbcClient jdbc;

  ResponseSenders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps what a connected system said about its response: identifier and authored time. */
  void sentWith(UUID response, SenderDetails sender) {
    jdbc.sql(
            """
            update measures_response set client_identifier_system = ?,
              client_identifier_value = ?, authored_at = ?
            where id = ?
            """)
        .params(
            sender.identifierSystem(),
            sender.identifierValue(),
            sender.authored() == null
                ? null
                : OffsetDateTime.ofInstant(sender.authored(), ZoneOffset.UTC),
            response)
        .update();
  }

  SenderDetails sender(UUID response) {
    return jdbc.sql(
            """
            select client_identifier_system, client_identifier_value, authored_at
            from measures_response where id = ?
            """)
        .param(response)
        .query(
            (row, n) -> {
              OffsetDateTime authored = row.getObject("authored_at", OffsetDateTime.class);
              return new SenderDetails(
                  authored == null ? null : authored.toInstant(),
                  row.getString("client_identifier_system"),
                  row.getString("client_identifier_value"));
            })
        .optional()
        .orElse(SenderDetails.NONE);
  }
}
