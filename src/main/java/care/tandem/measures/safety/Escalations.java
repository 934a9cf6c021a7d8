package care.tandem.measures.safety;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.jobs.JobScheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends an alert nobody has acknowledged in time to the service leads of the owner's services (or,
 * for a team-owned alert, of every service on the team): it shows on their alerts page and home
 * page, and they get an e-mail that says only that something is waiting (hazard H4).
 */
@Service
class Escalations {

  private static final Logger log = LoggerFactory.getLogger(Escalations.class);

  /** What one run did. */
  enum Result {
    ESCALATED,
    NOT_YET,
    NOT_NEEDED
  }

  private final AlertRepository alerts;
  private final CareTeam team;
  private final StaffDirectory staff;
  private final AuditLog audit;
  private final ObjectProvider<JobScheduler> jobs;
  private final OneTimeTask<String> task;
  private final @Nullable JavaMailSender mail;
  private final String from;
  private final String link;

  Escalations(
      AlertRepository alerts,
      CareTeam team,
      StaffDirectory staff,
      AuditLog audit,
      ObjectProvider<JobScheduler> jobs,
      @Qualifier("alertEscalationTask") OneTimeTask<String> task,
      ObjectProvider<JavaMailSender> mail,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.alerts = alerts;
    this.team = team;
    this.staff = staff;
    this.audit = audit;
    this.jobs = jobs;
    this.task = task;
    this.mail = mail.getIfAvailable();
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /**
   * Escalates the alert if it is still waiting for acknowledgement and its working time is up by
   * the clock; otherwise does nothing.
   */
  @Transactional
  Result escalateIfDue(UUID alertId, Clock clock) {
    Optional<SafetyAlert> found = alerts.find(alertId);
    if (found.isEmpty()
        || found.get().status() != SafetyAlert.Status.OPEN
        || found.get().escalatedAt() != null) {
      return Result.NOT_NEEDED;
    }
    SafetyAlert alert = found.get();
    Instant now = clock.instant();
    if (now.isBefore(alert.escalationDueAt())) {
      return Result.NOT_YET;
    }
    Set<UUID> services = servicesFor(alert);
    if (!alerts.escalate(alert.id(), now, services)) {
      return Result.NOT_NEEDED;
    }
    List<StaffMember> leads =
        services.stream()
            .flatMap(service -> staff.serviceLeadsIn(service).stream())
            .distinct()
            .toList();
    if (leads.isEmpty()) {
      log.error("Safety alert {} escalated but its services have no service lead", alert.id());
    }
    audit.record(
        AuditEvent.success(
                null,
                SafetyNet.SYSTEM_ROLE,
                "safety-alert.escalated",
                Map.of(
                    "alert", alert.id().toString(),
                    "services", String.valueOf(services.size()),
                    "leads", String.valueOf(leads.size())))
            .about(alert.person()));
    afterCommit(() -> leads.forEach(lead -> email(lead.accountId())));
    return Result.ESCALATED;
  }

  /** The job's work: escalates, or if the job ran early, runs again when the alert is due. */
  @Transactional
  void runScheduled(UUID alertId, Clock clock) {
    if (escalateIfDue(alertId, clock) == Result.NOT_YET) {
      alerts
          .find(alertId)
          .ifPresent(
              alert ->
                  jobs.getObject()
                      .client()
                      .scheduleIfNotExists(
                          task.instance(
                              alertId + "@" + alert.escalationDueAt().toEpochMilli(),
                              alertId.toString()),
                          alert.escalationDueAt()));
    }
  }

  private Set<UUID> servicesFor(SafetyAlert alert) {
    List<CareTeamMember> members = team.currentForSystem(alert.person());
    List<CareTeamMember> owners =
        alert.owner() == null
            ? members
            : members.stream().filter(m -> m.accountId().equals(alert.owner())).toList();
    Set<UUID> services = new LinkedHashSet<>();
    owners.stream().map(CareTeamMember::serviceId).filter(id -> id != null).forEach(services::add);
    List<UUID> accounts =
        alert.owner() == null
            ? members.stream().map(CareTeamMember::accountId).toList()
            : List.of(alert.owner());
    staff.findAll(accounts).values().stream()
        .flatMap(member -> member.services().stream())
        .map(ServiceSummary::id)
        .forEach(services::add);
    return services;
  }

  private void email(UUID account) {
    if (mail == null) {
      return;
    }
    Optional<String> address = staff.emailAddress(account);
    if (address.isEmpty()) {
      return;
    }
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(address.get());
    email.setSubject("Something in Tandem is waiting for your service");
    email.setText(
        """
        Hello,

        Something in Tandem has waited longer than it should for your service to act on it.

        Sign in to see it:
        %s/alerts

        We never put details in emails, to keep them private.

        Tandem
        """
            .formatted(link));
    try {
      mail.send(email);
    } catch (MailException e) {
      log.error("Escalation e-mail to account {} not sent: {}", account, e.toString());
    }
  }

  private static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            work.run();
          }
        });
  }
}
