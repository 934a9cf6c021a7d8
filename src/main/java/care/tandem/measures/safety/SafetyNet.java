package care.tandem.measures.safety;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.measures.SafetyAnswerGiven;
import care.tandem.measures.SafetyNetSettings;
import care.tandem.system.jobs.JobScheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises the alert for an answer that needs safety-netting, in the transaction that stores the
 * answer, so the answer never commits without either its alert or a record that the alert must be
 * written again (hazard H3). Synchronous on purpose: an asynchronous listener could lose the alert
 * in a crash between the commit and the listener.
 *
 * <p>The alert is written in a savepoint. If that fails, the savepoint is rolled back and a failure
 * row and a retry job are written in the caller's transaction instead, so the answers still commit
 * and the person still sees crisis support. If even that fails, the exception propagates.
 */
@Component
class SafetyNet {

  private static final Logger log = LoggerFactory.getLogger(SafetyNet.class);
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  /** The audit role for what Tandem itself does, with no one signed in. */
  static final String SYSTEM_ROLE = "SYSTEM";

  private final AlertRepository alerts;
  private final CareTeam team;
  private final StaffDirectory staff;
  private final AuditLog audit;
  private final JobScheduler jobs;
  private final OneTimeTask<String> escalation;
  private final OneTimeTask<String> retry;
  private final SafetyNetSettings settings;
  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  SafetyNet(
      AlertRepository alerts,
      CareTeam team,
      StaffDirectory staff,
      AuditLog audit,
      JobScheduler jobs,
      @Qualifier("alertEscalationTask") OneTimeTask<String> escalation,
      @Qualifier("alertRetryTask") OneTimeTask<String> retry,
      SafetyNetSettings settings,
      JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.alerts = alerts;
    this.team = team;
    this.staff = staff;
    this.audit = audit;
    this.jobs = jobs;
    this.escalation = escalation;
    this.retry = retry;
    this.settings = settings;
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** At most one alert per response, however many times the answer is given. */
  @EventListener
  void on(SafetyAnswerGiven given) {
    try {
      savepoint.executeWithoutResult(status -> raise(given));
    } catch (RuntimeException e) {
      log.error(
          "Safety alert for response {} not written ({}); recording it to try again",
          given.response(),
          errorOf(e));
      recordFailure(given, e);
    }
  }

  /** The retry job's work: writes the alert a failure stands for and marks the failure resolved. */
  @Transactional
  void retry(UUID failure) {
    jdbc.sql(
            """
            select response_id, person_id, instrument, flagged, raised_at
            from measures_alert_failure where id = ? and resolved_at is null
            """)
        .param(failure)
        .query(
            (rs, row) ->
                new SafetyAnswerGiven(
                    rs.getObject("response_id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getString("instrument"),
                    AlertRepository.texts(rs.getArray("flagged")),
                    rs.getTimestamp("raised_at").toInstant(),
                    null))
        .optional()
        .ifPresent(
            given -> {
              raise(given);
              jdbc.sql("update measures_alert_failure set resolved_at = now() where id = ?")
                  .param(failure)
                  .update();
              audit.record(
                  AuditEvent.success(
                          null,
                          SYSTEM_ROLE,
                          "safety-alert.retried",
                          Map.of("response", given.response().toString()))
                      .about(given.person()));
            });
  }

  private void raise(SafetyAnswerGiven given) {
    Instant raisedAt = given.at().truncatedTo(ChronoUnit.MICROS);
    UUID owner =
        team.currentForSystem(given.person()).stream()
            .filter(CareTeamMember::lead)
            .map(CareTeamMember::accountId)
            .findFirst()
            .orElse(null);
    Instant due = WorkingHours.add(raisedAt, settings.escalateAfter());
    SafetyAlert alert =
        new SafetyAlert(
            UUID.randomUUID(),
            given.person(),
            given.response(),
            given.instrument(),
            given.flagged(),
            raisedAt,
            owner,
            SafetyAlert.Status.OPEN,
            due,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
    if (!alerts.insert(alert)) {
      return;
    }
    Map<String, String> details = new TreeMap<>();
    details.put("alert", alert.id().toString());
    details.put("instrument", alert.instrument());
    details.put("response", alert.response().toString());
    details.put("owner", owner == null ? "team" : owner.toString());
    audit.record(
        AuditEvent.success(
                given.answeredBy(), roleOf(given.answeredBy()), "safety-alert.raised", details)
            .about(alert.person()));
    jobs.client().scheduleIfNotExists(escalation.instance(alert.id().toString()), due);
  }

  private void recordFailure(SafetyAnswerGiven given, RuntimeException cause) {
    UUID failure = UUID.randomUUID();
    jdbc.sql(
            """
            insert into measures_alert_failure
              (id, response_id, person_id, instrument, flagged, raised_at, error, recorded_at)
            values (?, ?, ?, ?, ?::text[], ?, ?, now())
            """)
        .params(
            failure,
            given.response(),
            given.person(),
            given.instrument(),
            "{" + String.join(",", given.flagged()) + "}",
            Timestamp.from(given.at()),
            errorOf(cause))
        .update();
    audit.record(
        AuditEvent.failure(
                given.answeredBy(),
                roleOf(given.answeredBy()),
                "safety-alert.raised",
                Map.of("response", given.response().toString()))
            .about(given.person()));
    jobs.client()
        .scheduleIfNotExists(retry.instance(failure.toString()), Instant.now().plus(FIRST_RETRY));
  }

  private String roleOf(@Nullable UUID account) {
    return account == null
        ? SYSTEM_ROLE
        : staff.find(account).map(StaffMember::role).orElse(SYSTEM_ROLE);
  }

  /** The exception's class and SQL state: never its message, which may quote the answers. */
  static String errorOf(Throwable e) {
    StringBuilder error = new StringBuilder(e.getClass().getName());
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        error.append(" (SQL state ").append(sql.getSQLState()).append(')');
        break;
      }
    }
    return error.length() > 500 ? error.substring(0, 500) : error.toString();
  }
}
