package care.tandem.directory.curating;

import care.tandem.directory.TandemTaxonomy;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.components.Choice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the listing form offers: organisations, the terms of our taxonomies with their seeded names,
 * statuses, and the service leads who may look after a listing.
 */
@Component
class ListingChoices {

  static final String NEW_ORGANISATION = "new";

  private final ListingReader reader;
  private final StaffDirectory staff;
  private final JdbcClient jdbc;

  ListingChoices(ListingReader reader, StaffDirectory staff, JdbcClient jdbc) {
    this.reader = reader;
    this.staff = staff;
    this.jdbc = jdbc;
  }

  /** Everything the form page lists, read once per page. */
  record Offered(
      List<Choice> organisations,
      List<Choice> statuses,
      List<Choice> needs,
      List<Choice> delivery,
      List<Choice> accessibility,
      List<Choice> owners,
      List<UUID> organisationIds,
      List<UUID> ownerIds,
      Function<UUID, String> names) {}

  Offered offered() {
    Map<UUID, String> names = new HashMap<>();
    List<Choice> organisations = new ArrayList<>();
    organisations.add(Choice.of("", "Choose an organisation"));
    List<UUID> organisationIds = new ArrayList<>();
    for (String[] organisation : reader.organisations()) {
      UUID id = UUID.fromString(organisation[0]);
      organisationIds.add(id);
      names.put(id, organisation[1]);
      organisations.add(Choice.of(organisation[0], organisation[1]));
    }
    organisations.add(Choice.of(NEW_ORGANISATION, "A new organisation (name it below)"));
    jdbc.sql("select id, name from directory_taxonomy_term where taxonomy_id in (?, ?)")
        .params(TandemTaxonomy.NEEDS, TandemTaxonomy.ACCESS)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> names.put(rs.getObject(1, UUID.class), rs.getString(2)));
    List<Choice> owners = new ArrayList<>();
    List<UUID> ownerIds = new ArrayList<>();
    for (StaffMember lead : staff.activeServiceLeads()) {
      ownerIds.add(lead.accountId());
      names.put(lead.accountId(), lead.displayName());
      owners.add(Choice.of(lead.accountId().toString(), lead.displayName()));
    }
    return new Offered(
        organisations,
        java.util.Arrays.stream(ListingStatus.values())
            .map(status -> Choice.of(status.code(), status.label()))
            .toList(),
        terms(TandemTaxonomy.NEEDS_TERMS, names),
        terms(TandemTaxonomy.DELIVERY_TERMS, names),
        terms(TandemTaxonomy.ACCESSIBILITY_TERMS, names),
        owners,
        organisationIds,
        ownerIds,
        id -> names.getOrDefault(id, "Unknown"));
  }

  private static List<Choice> terms(List<UUID> ids, Map<UUID, String> names) {
    return ids.stream()
        .map(id -> Choice.of(id.toString(), names.getOrDefault(id, id.toString())))
        .toList();
  }
}
