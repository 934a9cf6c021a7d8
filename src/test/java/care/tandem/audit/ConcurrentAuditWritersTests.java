package care.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
class ConcurrentAuditWritersTests {

  static final int WRITERS = 8;
  static final int EVENTS_EACH = 50;

  @Autowired AuditLog auditLog;
  @Autowired AuditChainVerifier verifier;
  @Autowired JdbcClient jdbc;

  @Test
  void eightWritersAtOnceStillMakeOneUnbrokenChain() throws Exception {
    String run = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int writer = 0; writer < WRITERS; writer++) {
        String name = "writer-" + writer;
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int event = 0; event < EVENTS_EACH; event++) {
                    auditLog.record(
                        AuditEvent.success(
                            UUID.randomUUID(),
                            "PRACTITIONER",
                            "record.read",
                            Map.of("run", run, "writer", name)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdown();
    }

    long written =
        jdbc.sql("select count(*) from audit_event where details->>'run' = ?")
            .param(run)
            .query(Long.class)
            .single();
    long distinctWriters =
        jdbc.sql(
                "select count(distinct details->>'writer') from audit_event where details->>'run' = ?")
            .param(run)
            .query(Long.class)
            .single();
    ChainVerification result = verifier.verify();
    assertThat(written).isEqualTo(WRITERS * EVENTS_EACH);
    assertThat(distinctWriters).isEqualTo(WRITERS);
    assertThat(result.intact()).as(result.summary()).isTrue();
    assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(WRITERS * EVENTS_EACH);
  }
}
