package care.tandem.directory;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts from {@code directory_signpost}; nothing about who was signposted leaves the query. */
@Repository
class JdbcSignpostCounts implements SignpostCounts {

  private final JdbcClient jdbc;

  JdbcSignpostCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public SignpostStatistics forService(UUID serviceId) {
    Map<SignpostOutcome, Integer> outcomes = new EnumMap<>(SignpostOutcome.class);
    for (SignpostOutcome outcome : SignpostOutcome.values()) {
      outcomes.put(outcome, 0);
    }
    int[] none = {0};
    int[] total = {0};
    jdbc.sql(
            "select outcome, count(*) from directory_signpost where service_id = ? group by outcome")
        .param(serviceId)
        .query(
            row -> {
              int count = row.getInt(2);
              total[0] += count;
              String code = row.getString(1);
              if (code == null) {
                none[0] += count;
              } else {
                SignpostOutcome.ofCode(code).ifPresent(outcome -> outcomes.put(outcome, count));
              }
            });
    return new SignpostStatistics(total[0], outcomes, none[0]);
  }
}
