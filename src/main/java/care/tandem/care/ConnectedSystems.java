package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access for {@link ConnectedSystem}s, the counterpart of {@link CareAccess} for systems rather
 * than people: a system acting for an organisation may read a record while someone representing
 * that organisation is on the person's care team. Read only; every decision is audited about the
 * person, with the system as the actor and the role {@value #ROLE}.
 */
@Service
public class ConnectedSystems {

  /** The role audit rows give a connected system. */
  public static final String ROLE = "SYSTEM";

  private final JdbcClient jdbc;
  private final PersonRepository people;
  private final AuditLog audit;
  private final TransactionTemplate separately;

  ConnectedSystems(
      JdbcClient jdbc,
      PersonRepository people,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The people with someone representing the organisation on their care team now (the people on the
   * teams of its practitioners), most recently joined first.
   */
  public List<UUID> peopleInReachOf(UUID organisation) {
    return jdbc.sql(
            """
            select person_id from care_team_member
            where organisation_id = ? and left_at is null
            group by person_id order by max(joined_at) desc, person_id
            """)
        .param(organisation)
        .query(UUID.class)
        .list();
  }

  /**
   * Whose record has this NHS number, whoever may see it. No check and no audit row: follow it with
   * {@link #require}, which decides and audits.
   */
  public Optional<UUID> personWithNhsNumber(NhsNumber number) {
    return people.findByNhsNumber(number);
  }

  /**
   * Lets the system read the person's record, or refuses; either way writes an audit row about the
   * person. Allowed, the row joins the caller's transaction; refused, it is written in its own.
   *
   * @param action what it is doing, as an audit code such as {@code fhir.read}
   * @param details codes and ids only
   * @throws RecordNotFoundException when refused (a refusal never reveals that the record exists)
   */
  public RecordAccess require(
      UUID person, ConnectedSystem system, String action, Map<String, String> details) {
    Map<String, String> withOrganisation = new TreeMap<>(details);
    withOrganisation.put("organisation", system.organisationId().toString());
    if (!inReach(person, system.organisationId())) {
      AuditEvent refused =
          AuditEvent.denied(system.id(), ROLE, action, withOrganisation).about(person);
      separately.executeWithoutResult(status -> audit.record(refused));
      throw new RecordNotFoundException();
    }
    withOrganisation.put("via", "connected-system");
    audit.record(AuditEvent.success(system.id(), ROLE, action, withOrganisation).about(person));
    return new RecordAccess(person, system.id(), ROLE, RecordAccess.Basis.CONNECTED_SYSTEM);
  }

  private boolean inReach(UUID person, UUID organisation) {
    return jdbc.sql(
            """
            select exists (select 1 from care_team_member
              where person_id = ? and organisation_id = ? and left_at is null)
            """)
        .params(person, organisation)
        .query(Boolean.class)
        .single();
  }
}
