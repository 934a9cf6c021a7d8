package care.tandem.directory.oruk;

import static care.tandem.directory.oruk.OrukRows.byField;
import static care.tandem.directory.oruk.OrukRows.byId;
import static care.tandem.directory.oruk.OrukRows.ids;
import static care.tandem.directory.oruk.OrukRows.nest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Services as ORUK JSON, read from the directory tables: fully nested for one service or an export,
 * or in the list shape (the service and its organisation) for a page. {@code assured_date} is when
 * the listing was last verified and {@code assurer_email} the e-mail of the account that looks
 * after it (else the e-mail the listing was imported with).
 */
@Component
class OrukReader {

  private final OrukRows rows;
  private final OrukColumns columns;

  OrukReader(OrukRows rows, OrukColumns columns) {
    this.rows = rows;
    this.columns = columns;
  }

  @Transactional(readOnly = true)
  public Optional<ObjectNode> service(UUID id) {
    List<ObjectNode> found = services(List.of(id), true);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** These services in this order (unknown ids left out), nested fully or in the list shape. */
  @Transactional(readOnly = true)
  public List<ObjectNode> services(List<UUID> ids, boolean full) {
    List<ObjectNode> services =
        ids.isEmpty()
            ? List.of()
            : rows.select(
                "select "
                    + serviceColumns()
                    + " from directory_service s left join account a on a.id = s.owner_account"
                    + " where s.id = any(?)",
                OrukTable.SERVICE,
                (Object) ids.toArray(new UUID[0]));
    Map<String, ObjectNode> organizations = organizations(ids(services, "organization_id"), full);
    for (ObjectNode service : services) {
      ObjectNode organization = organizations.get(service.get("organization_id").asString());
      if (organization != null) {
        service.set("organization", organization);
      }
    }
    if (full) {
      nestChildren(services, ids);
    }
    Map<String, ObjectNode> byId = byId(services);
    List<ObjectNode> ordered = new ArrayList<>();
    for (UUID id : ids) {
      ObjectNode service = byId.get(id.toString());
      if (service != null) {
        ordered.add(service);
      }
    }
    return ordered;
  }

  /** The service's columns, with assured_date and assurer_email as Tandem keeps them. */
  private String serviceColumns() {
    return String.join(
        ", ",
        columns.of(OrukTable.SERVICE).stream()
            .map(
                column ->
                    switch (column.name()) {
                      case "assured_date" -> "s.verified_on as assured_date";
                      case "assurer_email" -> "coalesce(a.email, s.assurer_email) as assurer_email";
                      default -> "s." + column.name();
                    })
            .toList());
  }

  private Map<String, ObjectNode> organizations(List<UUID> ids, boolean full) {
    List<ObjectNode> organizations = rows.where(OrukTable.ORGANIZATION, "id", ids);
    if (full) {
      Map<String, List<ObjectNode>> identifiers =
          byField(
              rows.where(OrukTable.ORGANIZATION_IDENTIFIER, "organization_id", ids),
              "organization_id");
      organizations.forEach(o -> nest(o, "organization_identifiers", identifiers));
    }
    return byId(organizations);
  }

  private void nestChildren(List<ObjectNode> services, List<UUID> ids) {
    Map<String, List<ObjectNode>> schedules =
        byField(rows.where(OrukTable.SCHEDULE, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> areas =
        byField(rows.where(OrukTable.SERVICE_AREA, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> languages =
        byField(rows.where(OrukTable.LANGUAGE, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> funding =
        byField(rows.where(OrukTable.FUNDING, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> costs =
        byField(rows.where(OrukTable.COST_OPTION, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> contacts =
        byField(rows.where(OrukTable.CONTACT, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> phones =
        byField(rows.where(OrukTable.PHONE, "service_id", ids), "service_id");
    Map<String, List<ObjectNode>> attributes = attributes(ids, "service");
    List<ObjectNode> placed = rows.where(OrukTable.SERVICE_AT_LOCATION, "service_id", ids);
    Map<String, ObjectNode> locations = locations(ids(placed, "location_id"));
    placed.forEach(p -> p.set("location", locations.get(p.get("location_id").asString())));
    Map<String, List<ObjectNode>> atLocations = byField(placed, "service_id");
    for (ObjectNode service : services) {
      nest(service, "schedules", schedules);
      nest(service, "service_areas", areas);
      nest(service, "service_at_locations", atLocations);
      nest(service, "languages", languages);
      nest(service, "funding", funding);
      nest(service, "cost_options", costs);
      nest(service, "contacts", contacts);
      nest(service, "phones", phones);
      nest(service, "attributes", attributes);
    }
  }

  /** Places, fully nested: addresses, accessibility and attributes (access features). */
  Map<String, ObjectNode> locations(List<UUID> ids) {
    List<ObjectNode> locations = rows.where(OrukTable.LOCATION, "id", ids);
    Map<String, List<ObjectNode>> addresses =
        byField(rows.where(OrukTable.ADDRESS, "location_id", ids), "location_id");
    Map<String, List<ObjectNode>> accessibility =
        byField(rows.where(OrukTable.ACCESSIBILITY, "location_id", ids), "location_id");
    Map<String, List<ObjectNode>> attributes = attributes(ids, "location");
    for (ObjectNode location : locations) {
      nest(location, "addresses", addresses);
      nest(location, "accessibility", accessibility);
      nest(location, "attributes", attributes);
    }
    return byId(locations);
  }

  /** Attributes linked to these entities, each with its taxonomy term nested. */
  private Map<String, List<ObjectNode>> attributes(List<UUID> ids, String entity) {
    List<ObjectNode> attributes =
        rows.where(OrukTable.ATTRIBUTE, "link_id", ids, "and link_entity = '" + entity + "'");
    Map<String, ObjectNode> terms =
        byId(rows.where(OrukTable.TAXONOMY_TERM, "id", ids(attributes, "taxonomy_term_id")));
    for (ObjectNode attribute : attributes) {
      ObjectNode term = terms.get(attribute.get("taxonomy_term_id").asString());
      if (term != null) {
        attribute.set("taxonomy_term", term.deepCopy());
      }
    }
    return byField(attributes, "link_id");
  }

  /** Services at locations, each with its location (fully nested) and its service (list shape). */
  @Transactional(readOnly = true)
  public List<ObjectNode> servicesAtLocations(List<UUID> ids) {
    List<ObjectNode> placed = rows.where(OrukTable.SERVICE_AT_LOCATION, "id", ids);
    Map<String, ObjectNode> locations = locations(ids(placed, "location_id"));
    Map<String, ObjectNode> services = byId(services(ids(placed, "service_id"), false));
    for (ObjectNode p : placed) {
      p.set("service", services.get(p.get("service_id").asString()));
      p.set("location", locations.get(p.get("location_id").asString()));
    }
    Map<String, ObjectNode> byId = byId(placed);
    return ids.stream().map(id -> byId.get(id.toString())).filter(p -> p != null).toList();
  }

  @Transactional(readOnly = true)
  public List<ObjectNode> taxonomies(List<UUID> ids) {
    return rows.where(OrukTable.TAXONOMY, "id", ids);
  }

  @Transactional(readOnly = true)
  public List<ObjectNode> taxonomyTerms(List<UUID> ids) {
    List<ObjectNode> terms = rows.where(OrukTable.TAXONOMY_TERM, "id", ids);
    Map<String, ObjectNode> taxonomies =
        byId(rows.where(OrukTable.TAXONOMY, "id", ids(terms, "taxonomy_id")));
    for (ObjectNode term : terms) {
      if (term.has("taxonomy_id")) {
        ObjectNode taxonomy = taxonomies.get(term.get("taxonomy_id").asString());
        if (taxonomy != null) {
          term.set("taxonomy_detail", taxonomy.deepCopy());
        }
      }
    }
    Map<String, ObjectNode> byId = byId(terms);
    return ids.stream().map(id -> byId.get(id.toString())).filter(t -> t != null).toList();
  }
}
