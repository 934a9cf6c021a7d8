package care.tandem.directory.oruk;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Nested ORUK JSON as table rows: a service with its organisation, places, opening times and the
 * rest becomes one row per record, each child given its parent's id. Reads one service, an array of
 * services, a list page ({@code contents}), an organisation with its services, a service at a
 * location, a taxonomy with its terms, a term, or a Tandem export ({@code services}, {@code
 * taxonomies}, {@code taxonomy_terms}). Fields ORUK has and we do not store are ignored.
 */
final class OrukJsonFlattener {

  private final ImportBatch batch;

  OrukJsonFlattener(ImportBatch batch) {
    this.batch = batch;
  }

  void read(JsonNode root) {
    if (root.isArray()) {
      root.forEach(this::readAny);
    } else if (root.isObject()) {
      readAny(root);
    } else {
      batch.problem("top level", "is not a JSON object or array");
    }
  }

  private void readAny(JsonNode node) {
    if (!node.isObject()) {
      batch.problem("item", "is not a JSON object");
    } else if (node.has("contents")) {
      read(node.get("contents"));
    } else if (node.has("services") && !node.has("name")) {
      each(node, "taxonomies", this::taxonomy);
      each(node, "taxonomy_terms", this::term);
      each(node, "services", this::service);
    } else if (node.has("service") && node.has("location")) {
      serviceAtLocation(node);
    } else if (node.has("organization_identifiers") || node.has("services")) {
      String id = organization(node);
      for (JsonNode service : array(node, "services")) {
        StagedRow row = service(service);
        if (id != null) {
          row.setIfAbsent("organization_id", id);
        }
      }
    } else if (node.has("taxonomy_terms") || (node.has("version") && !node.has("status"))) {
      taxonomy(node);
    } else if (!node.has("status")
        && (node.has("term")
            || node.has("taxonomy")
            || node.has("parent_id")
            || node.has("term_uri"))) {
      term(node);
    } else {
      service(node);
    }
  }

  private interface Reader {
    void read(JsonNode node);
  }

  private void each(JsonNode parent, String field, Reader reader) {
    array(parent, field).forEach(reader::read);
  }

  private Iterable<JsonNode> array(JsonNode parent, String field) {
    JsonNode list = parent.get(field);
    if (list == null || list.isNull()) {
      return java.util.List.of();
    }
    if (!list.isArray()) {
      batch.problem(field, "is not a JSON array");
      return java.util.List.of();
    }
    java.util.List<JsonNode> objects = new java.util.ArrayList<>();
    for (JsonNode item : list) {
      if (item.isObject()) {
        objects.add(item);
      } else {
        batch.problem(field, "holds something that is not a JSON object");
      }
    }
    return objects;
  }

  private StagedRow row(OrukTable table, JsonNode node) {
    StagedRow row = batch.add(table, null);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getValue().isContainer()) {
        row.raw.put(field.getKey(), field.getValue());
      }
    }
    return row;
  }

  private static String id(JsonNode node) {
    JsonNode id = node.get("id");
    return id == null ? "" : id.asString();
  }

  StagedRow service(JsonNode node) {
    StagedRow service = row(OrukTable.SERVICE, node);
    String id = id(node);
    JsonNode organization = node.get("organization");
    if (organization != null && organization.isObject()) {
      service.setIfAbsent("organization_id", organization(organization));
    }
    for (String[] child : SERVICE_CHILDREN) {
      for (JsonNode item : array(node, child[0])) {
        row(OrukTable.valueOf(child[1]), item).setIfAbsent("service_id", id);
      }
    }
    for (JsonNode placed : array(node, "service_at_locations")) {
      StagedRow row = row(OrukTable.SERVICE_AT_LOCATION, placed);
      row.setIfAbsent("service_id", id);
      JsonNode location = placed.get("location");
      if (location != null && location.isObject()) {
        row.setIfAbsent("location_id", location(location));
      }
    }
    attributes(node, id, "service");
    return service;
  }

  private static final String[][] SERVICE_CHILDREN = {
    {"schedules", "SCHEDULE"},
    {"service_areas", "SERVICE_AREA"},
    {"languages", "LANGUAGE"},
    {"funding", "FUNDING"},
    {"cost_options", "COST_OPTION"},
    {"contacts", "CONTACT"},
    {"phones", "PHONE"}
  };

  private String organization(JsonNode node) {
    row(OrukTable.ORGANIZATION, node);
    String id = id(node);
    for (JsonNode identifier : array(node, "organization_identifiers")) {
      row(OrukTable.ORGANIZATION_IDENTIFIER, identifier).setIfAbsent("organization_id", id);
    }
    attributes(node, id, "organization");
    return id;
  }

  private String location(JsonNode node) {
    row(OrukTable.LOCATION, node);
    String id = id(node);
    for (JsonNode address : array(node, "addresses")) {
      row(OrukTable.ADDRESS, address).setIfAbsent("location_id", id);
    }
    for (JsonNode feature : array(node, "accessibility")) {
      row(OrukTable.ACCESSIBILITY, feature).setIfAbsent("location_id", id);
    }
    attributes(node, id, "location");
    return id;
  }

  private void serviceAtLocation(JsonNode node) {
    StagedRow row = row(OrukTable.SERVICE_AT_LOCATION, node);
    JsonNode service = node.get("service");
    if (service.isObject()) {
      service(service);
      row.setIfAbsent("service_id", id(service));
    }
    JsonNode location = node.get("location");
    if (location.isObject()) {
      row.setIfAbsent("location_id", location(location));
    }
  }

  private void attributes(JsonNode node, String linkId, String entity) {
    for (JsonNode attribute : array(node, "attributes")) {
      StagedRow row = row(OrukTable.ATTRIBUTE, attribute);
      row.setIfAbsent("link_id", linkId);
      row.setIfAbsent("link_entity", entity);
      JsonNode term = attribute.get("taxonomy_term");
      if (term != null && term.isObject()) {
        term(term);
        row.setIfAbsent("taxonomy_term_id", id(term));
      }
    }
  }

  private void taxonomy(JsonNode node) {
    row(OrukTable.TAXONOMY, node);
    for (JsonNode term : array(node, "taxonomy_terms")) {
      term(term).setIfAbsent("taxonomy_id", id(node));
    }
  }

  private StagedRow term(JsonNode node) {
    StagedRow term = row(OrukTable.TAXONOMY_TERM, node);
    JsonNode taxonomy = node.get("taxonomy_detail");
    if (taxonomy != null && taxonomy.isObject()) {
      row(OrukTable.TAXONOMY, taxonomy);
      term.setIfAbsent("taxonomy_id", id(taxonomy));
    }
    return term;
  }
}
