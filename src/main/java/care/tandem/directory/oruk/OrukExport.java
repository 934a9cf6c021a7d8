package care.tandem.directory.oruk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole directory for another system: ORUK JSON ({@code services} fully nested, then {@code
 * taxonomies} and {@code taxonomy_terms}) or the HSDS CSV datapackage (a zip of {@code
 * datapackage.json} and one CSV per entity). Both are written a page at a time, so a large
 * directory streams rather than filling memory, and both import back unchanged.
 */
@Service
class OrukExport {

  private static final int PAGE = 500;

  private final OrukReader reader;
  private final OrukColumns columns;
  private final JdbcTemplate jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  OrukExport(OrukReader reader, OrukColumns columns, JdbcTemplate jdbc) {
    this.reader = reader;
    this.columns = columns;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public void writeJson(OutputStream out) {
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeName("services");
      generator.writeStartArray();
      List<UUID> ids =
          jdbc.queryForList("select id from directory_service order by id", UUID.class);
      for (int from = 0; from < ids.size(); from += PAGE) {
        for (ObjectNode service :
            reader.services(ids.subList(from, Math.min(ids.size(), from + PAGE)), true)) {
          generator.writeTree(service);
        }
      }
      generator.writeEndArray();
      generator.writeName("taxonomies");
      generator.writeStartArray();
      for (ObjectNode taxonomy : reader.taxonomies(all("directory_taxonomy"))) {
        generator.writeTree(taxonomy);
      }
      generator.writeEndArray();
      generator.writeName("taxonomy_terms");
      generator.writeStartArray();
      for (ObjectNode term : reader.taxonomyTerms(all("directory_taxonomy_term"))) {
        term.remove("taxonomy_detail");
        generator.writeTree(term);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  private List<UUID> all(String table) {
    return jdbc.queryForList("select id from " + table + " order by id", UUID.class);
  }

  @Transactional(readOnly = true)
  public void writeDatapackage(OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.putNextEntry(new ZipEntry("datapackage.json"));
      zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage()));
      zip.closeEntry();
      for (OrukTable table : OrukTable.values()) {
        zip.putNextEntry(new ZipEntry(table.csvFile));
        writeCsv(table, zip);
        zip.closeEntry();
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode datapackage() {
    ObjectNode root = json.createObjectNode();
    root.put("name", "tandem-directory");
    root.put("title", "Tandem signposting directory");
    root.put("profile", "tabular-data-package");
    var resources = root.putArray("resources");
    for (OrukTable table : OrukTable.values()) {
      ObjectNode resource = resources.addObject();
      resource.put("name", table.entity);
      resource.put("path", table.csvFile);
      resource.put("profile", "tabular-data-resource");
      var fields = resource.putObject("schema").putArray("fields");
      for (OrukColumn column : columns.of(table)) {
        ObjectNode field = fields.addObject();
        field.put("name", column.name());
        field.put("type", type(column.kind()));
      }
    }
    return root;
  }

  private static String type(OrukColumn.Kind kind) {
    return switch (kind) {
      case DATE -> "date";
      case TIME -> "time";
      case DATE_TIME -> "datetime";
      case INTEGER -> "integer";
      case DECIMAL, DOUBLE -> "number";
      default -> "string";
    };
  }

  private void writeCsv(OrukTable table, OutputStream out) throws IOException {
    List<OrukColumn> list = columns.of(table);
    // Buffered, flushed at the end and never closed: closing would close the zip around it.
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
    csv.printRecord(names(list));
    String sql =
        table == OrukTable.SERVICE
            ? "select t.*, t.verified_on as tandem_assured, a.email as tandem_owner from"
                + " directory_service t left join account a on a.id = t.owner_account order by t.id"
            : "select * from " + table.table + " order by id";
    jdbc.query(
        sql,
        row -> {
          List<@Nullable String> fields = new ArrayList<>();
          for (OrukColumn column : list) {
            fields.add(column.text(row));
          }
          if (table == OrukTable.SERVICE) {
            fields.set(names(list).indexOf("assured_date"), row.getString("tandem_assured"));
            String owner = row.getString("tandem_owner");
            if (owner != null) {
              fields.set(names(list).indexOf("assurer_email"), owner);
            }
          }
          try {
            csv.printRecord(fields);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    csv.flush();
  }

  private static List<String> names(List<OrukColumn> list) {
    return list.stream().map(OrukColumn::name).toList();
  }
}
