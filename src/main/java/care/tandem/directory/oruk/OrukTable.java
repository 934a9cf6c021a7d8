package care.tandem.directory.oruk;

import java.util.List;

/**
 * One HSDS entity and the table that holds it. The table's columns have the HSDS field names, so
 * ORUK JSON, the CSV datapackage and the database share one vocabulary; the order here is the order
 * rows are written in (a row's references come first).
 */
enum OrukTable {
  TAXONOMY("taxonomy", "directory_taxonomy", "taxonomies.csv"),
  TAXONOMY_TERM("taxonomy_term", "directory_taxonomy_term", "taxonomy_terms.csv"),
  ORGANIZATION("organization", "directory_organization", "organizations.csv"),
  ORGANIZATION_IDENTIFIER(
      "organization_identifier",
      "directory_organization_identifier",
      "organization_identifiers.csv"),
  SERVICE("service", "directory_service", "services.csv"),
  LOCATION("location", "directory_location", "locations.csv"),
  ADDRESS("address", "directory_address", "address.csv"),
  ACCESSIBILITY("accessibility", "directory_accessibility", "accessibility.csv"),
  SERVICE_AT_LOCATION(
      "service_at_location", "directory_service_at_location", "service_at_location.csv"),
  CONTACT("contact", "directory_contact", "contacts.csv"),
  PHONE("phone", "directory_phone", "phones.csv"),
  SCHEDULE("schedule", "directory_schedule", "schedule.csv"),
  SERVICE_AREA("service_area", "directory_service_area", "service_areas.csv"),
  LANGUAGE("language", "directory_language", "languages.csv"),
  COST_OPTION("cost_option", "directory_cost_option", "cost_options.csv"),
  FUNDING("funding", "directory_funding", "funding.csv"),
  ATTRIBUTE("attribute", "directory_attribute", "attribute.csv");

  /** Tandem's own columns, kept out of ORUK JSON and CSV (verified_on maps to assured_date). */
  static final List<String> TANDEM_COLUMNS =
      List.of("verified_on", "owner_account", "version", "search_document");

  final String entity;
  final String table;
  final String csvFile;

  OrukTable(String entity, String table, String csvFile) {
    this.entity = entity;
    this.table = table;
    this.csvFile = csvFile;
  }

  static OrukTable ofCsvFile(String file) {
    for (OrukTable table : values()) {
      if (table.csvFile.equals(file)) {
        return table;
      }
    }
    throw new IllegalArgumentException(file);
  }
}
