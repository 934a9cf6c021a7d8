package care.tandem.identity;

import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.ServiceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about accounts and services: who someone is, where they work, and who
 * works in a service. Read-only; the admin pages stay the only way to change accounts.
 */
@Service
public class StaffDirectory {

  private static final String ACCOUNTS =
      "select id, display_name, role, discipline, active from account";

  private static final String SERVICES =
      """
      select s.id, s.name, s.organisation_id, o.name as organisation_name, s.kind
      from care_service s join organisation o on o.id = s.organisation_id
      """;

  private final JdbcClient jdbc;

  StaffDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Optional<StaffMember> find(UUID accountId) {
    return findAll(List.of(accountId)).values().stream().findFirst();
  }

  /** The accounts among {@code accountIds} that exist, keyed by id, in no particular order. */
  @Transactional(readOnly = true)
  public Map<UUID, StaffMember> findAll(Collection<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    return withMemberships(
        jdbc.sql(ACCOUNTS + " where id in (:ids)").param("ids", List.copyOf(accountIds)));
  }

  /** A name to show, or "Unknown" for an id that matches no account. */
  @Transactional(readOnly = true)
  public String displayName(UUID accountId) {
    return jdbc.sql("select display_name from account where id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .orElse("Unknown");
  }

  /**
   * The e-mail address of an active account, for telling them there is something new in Tandem (the
   * care module's notifications). Not for showing on pages.
   */
  @Transactional(readOnly = true)
  public Optional<String> emailAddress(UUID accountId) {
    return jdbc.sql("select email from account where id = ? and active")
        .param(accountId)
        .query(String.class)
        .optional();
  }

  /** Every service, with its organisation, by organisation then service name. */
  @Transactional(readOnly = true)
  public List<ServiceSummary> services() {
    return jdbc.sql(SERVICES + " order by lower(o.name), lower(s.name)")
        .query((rs, row) -> service(rs))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<ServiceSummary> service(UUID serviceId) {
    return jdbc.sql(SERVICES + " where s.id = ?")
        .param(serviceId)
        .query((rs, row) -> service(rs))
        .optional();
  }

  /** Active practitioners who work in the service, by name. */
  @Transactional(readOnly = true)
  public List<StaffMember> practitionersIn(UUID serviceId) {
    return byName(
        withMemberships(
            jdbc.sql(
                    ACCOUNTS
                        + """
                         where role = 'PRACTITIONER' and active
                           and id in (select account_id from account_service where service_id = ?)
                        """)
                .param(serviceId)));
  }

  /** Active service leads of the service, by name: whom a safety alert escalates to. */
  @Transactional(readOnly = true)
  public List<StaffMember> serviceLeadsIn(UUID serviceId) {
    return byName(
        withMemberships(
            jdbc.sql(
                    ACCOUNTS
                        + """
                         where role = 'SERVICE_LEAD' and active
                           and id in (select account_id from account_service where service_id = ?)
                        """)
                .param(serviceId)));
  }

  /** Every active practitioner, by name: for a person choosing whom to invite to their team. */
  @Transactional(readOnly = true)
  public List<StaffMember> activePractitioners() {
    return byName(withMemberships(jdbc.sql(ACCOUNTS + " where role = 'PRACTITIONER' and active")));
  }

  /** Every active service lead, by name: who may look after a directory listing. */
  @Transactional(readOnly = true)
  public List<StaffMember> activeServiceLeads() {
    return byName(withMemberships(jdbc.sql(ACCOUNTS + " where role = 'SERVICE_LEAD' and active")));
  }

  private static List<StaffMember> byName(Map<UUID, StaffMember> members) {
    List<StaffMember> sorted = new ArrayList<>(members.values());
    sorted.sort(
        Comparator.comparing((StaffMember m) -> m.displayName().toLowerCase())
            .thenComparing(m -> m.accountId().toString()));
    return sorted;
  }

  private Map<UUID, StaffMember> withMemberships(JdbcClient.StatementSpec accounts) {
    record Row(UUID id, String name, Role role, @Nullable Discipline discipline, boolean active) {}
    List<Row> rows =
        accounts
            .query(
                (rs, n) -> {
                  String discipline = rs.getString("discipline");
                  return new Row(
                      rs.getObject("id", UUID.class),
                      rs.getString("display_name"),
                      Role.valueOf(rs.getString("role")),
                      discipline == null ? null : Discipline.valueOf(discipline),
                      rs.getBoolean("active"));
                })
            .list();
    Map<UUID, StaffMember> members = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return members;
    }
    List<UUID> ids = rows.stream().map(Row::id).toList();
    Map<UUID, List<OrganisationSummary>> organisations = organisationsOf(ids);
    Map<UUID, List<ServiceSummary>> services = servicesOf(ids);
    for (Row row : rows) {
      members.put(
          row.id(),
          new StaffMember(
              row.id(),
              row.name(),
              row.role().name(),
              row.discipline() == null ? null : row.discipline().name(),
              row.discipline() == null ? row.role().label() : row.discipline().label(),
              row.active(),
              organisations.getOrDefault(row.id(), List.of()),
              services.getOrDefault(row.id(), List.of())));
    }
    return members;
  }

  private Map<UUID, List<OrganisationSummary>> organisationsOf(List<UUID> accountIds) {
    Map<UUID, List<OrganisationSummary>> byAccount = new LinkedHashMap<>();
    jdbc.sql(
            """
            select m.account_id, o.id, o.name from account_organisation m
            join organisation o on o.id = m.organisation_id
            where m.account_id in (:ids) order by lower(o.name)
            """)
        .param("ids", accountIds)
        .query(
            rs -> {
              byAccount
                  .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                  .add(new OrganisationSummary(rs.getObject(2, UUID.class), rs.getString(3)));
            });
    return byAccount;
  }

  private Map<UUID, List<ServiceSummary>> servicesOf(List<UUID> accountIds) {
    Map<UUID, List<ServiceSummary>> byAccount = new LinkedHashMap<>();
    jdbc.sql(
            """
            select m.account_id, s.id, s.name, s.organisation_id, o.name as organisation_name,
              s.kind
            from account_service m join care_service s on s.id = m.service_id
            join organisation o on o.id = s.organisation_id
            where m.account_id in (:ids) order by lower(o.name), lower(s.name)
            """)
        .param("ids", accountIds)
        .query(
            rs -> {
              byAccount
                  .computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
                  .add(service(rs));
            });
    return byAccount;
  }

  private static ServiceSummary service(ResultSet rs) throws SQLException {
    ServiceKind kind = ServiceKind.valueOf(rs.getString("kind"));
    return new ServiceSummary(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"),
        kind.name(),
        kind.label());
  }
}
