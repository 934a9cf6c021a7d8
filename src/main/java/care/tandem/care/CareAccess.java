package care.tandem.care;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that decides whether a signed-in account may see or change a person's record: the
 * person themself (their own account), a current member of their care team, someone with an
 * unexpired break-glass grant, or someone helping the person with their current consent, for what
 * it allows ({@link CarerAccess}). Everyone else is refused, admins included.
 *
 * <p>Call {@link #require} before reading or changing anything in a record, inside your service's
 * transaction for a change (never a read-only one: it writes the audit row). Allowed, the audit row
 * joins that transaction; refused, it is written in a transaction of its own, so it survives the
 * {@link RecordNotFoundException} rolling yours back. Call it before your transaction writes any
 * other audit row, or the two would wait for each other's audit lock.
 */
@Service
public class CareAccess {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate separately;
  private final CarerAccess carers;

  CareAccess(
      JdbcClient jdbc,
      AuditLog audit,
      PlatformTransactionManager transactions,
      CarerAccess carers) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.carers = carers;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Lets the viewer into the record, or refuses; either way writes an audit row about the person.
   *
   * @param action what they are doing, as an audit code: {@code record.viewed}, {@code
   *     care-plan.changed}, {@code message.posted}
   * @throws RecordNotFoundException when refused (a 404: a refusal never reveals the record)
   */
  public RecordAccess require(UUID person, Authentication viewer, String action) {
    return require(person, viewer, action, Map.of());
  }

  /** As {@link #require(UUID, Authentication, String)}, with audit details (codes and ids only). */
  public RecordAccess require(
      UUID person, Authentication viewer, String action, Map<String, String> details) {
    return decide(person, viewer, action, details, false);
  }

  /**
   * As {@link #require(UUID, Authentication, String)}, for a change: only the person and their
   * current team may change a record. Break-glass access is for reading.
   */
  public RecordAccess requireToChange(UUID person, Authentication viewer, String action) {
    return requireToChange(person, viewer, action, Map.of());
  }

  /** As {@link #requireToChange(UUID, Authentication, String)}, with audit details. */
  public RecordAccess requireToChange(
      UUID person, Authentication viewer, String action, Map<String, String> details) {
    return decide(person, viewer, action, details, true);
  }

  private RecordAccess decide(
      UUID person,
      Authentication viewer,
      String action,
      Map<String, String> details,
      boolean change) {
    Optional<UUID> account = accountOf(viewer);
    String role = roleOf(viewer);
    Optional<RecordAccess.Basis> basis =
        account
            .flatMap(id -> basis(person, id))
            .filter(found -> !change || found != RecordAccess.Basis.BREAK_GLASS)
            // Carers and others helping the person: only what the person consented to (issue 13).
            .or(() -> account.flatMap(id -> carers.basis(person, id, action, change)));
    if (account.isEmpty() || basis.isEmpty()) {
      AuditEvent refused =
          AuditEvent.denied(account.orElse(null), role, action, details).about(person);
      separately.executeWithoutResult(status -> audit.record(refused));
      throw new RecordNotFoundException();
    }
    Map<String, String> withBasis = new TreeMap<>(details);
    withBasis.put("via", via(basis.get()));
    audit.record(AuditEvent.success(account.get(), role, action, withBasis).about(person));
    return new RecordAccess(person, account.get(), role == null ? "UNKNOWN" : role, basis.get());
  }

  /** Whether the viewer may see the record, without an audit row: for choosing what to list. */
  public boolean canSee(UUID person, Authentication viewer) {
    return accountOf(viewer).flatMap(id -> basis(person, id)).isPresent();
  }

  /**
   * On what basis the viewer may see the record, if any, without an audit row: for {@link
   * Capabilities}, which then audits and refuses or lets in.
   */
  Optional<RecordAccess.Basis> basisOf(UUID person, Authentication viewer) {
    return accountOf(viewer).flatMap(id -> basis(person, id));
  }

  /** The people whose care teams the account is on now, most recently joined first. */
  public List<UUID> peopleOnTeamsOf(UUID account) {
    return jdbc.sql(
            """
            select person_id from care_team_member where account_id = ? and left_at is null
            order by joined_at desc, person_id
            """)
        .param(account)
        .query(UUID.class)
        .list();
  }

  /** The person record the account belongs to, if the account is someone's own. */
  public Optional<UUID> personOf(UUID account) {
    return jdbc.sql("select id from person where account_id = ?")
        .param(account)
        .query(UUID.class)
        .optional();
  }

  private Optional<RecordAccess.Basis> basis(UUID person, UUID account) {
    return jdbc.sql(
            """
            select basis from (select case
              when exists (select 1 from person where id = :person and account_id = :account)
                then 'THE_PERSON'
              when exists (select 1 from care_team_member where person_id = :person
                  and account_id = :account and left_at is null)
                then 'TEAM_MEMBER'
              when exists (select 1 from break_glass_grant where person_id = :person
                  and account_id = :account and started_at <= now() and expires_at > now())
                then 'BREAK_GLASS'
            end as basis) as decided
            where basis is not null
            """)
        .param("person", person)
        .param("account", account)
        .query(String.class)
        .optional()
        .map(RecordAccess.Basis::valueOf);
  }

  private static String via(RecordAccess.Basis basis) {
    return switch (basis) {
      case THE_PERSON -> "self";
      case TEAM_MEMBER -> "team";
      case BREAK_GLASS -> "break-glass";
      case CONNECTED_SYSTEM -> "connected-system";
      case CARER -> "carer";
    };
  }

  static Optional<UUID> accountOf(Authentication viewer) {
    if (viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(viewer.getName()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static @Nullable String roleOf(Authentication viewer) {
    return viewer.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(name -> name != null && name.startsWith("ROLE_") && !name.equals("ROLE_ANONYMOUS"))
        .map(name -> name.substring("ROLE_".length()))
        .findFirst()
        .orElse(null);
  }
}
