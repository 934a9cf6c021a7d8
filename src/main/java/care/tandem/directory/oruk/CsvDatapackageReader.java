package care.tandem.directory.oruk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an HSDS CSV datapackage (a directory, or a zip, holding {@code datapackage.json} and one
 * CSV per entity named as the HSDS schemas' {@code path} says: {@code services.csv}, {@code
 * organizations.csv}...) into rows for the importer. A broken CSV record (wrong number of fields, a
 * quote left open) is reported with its file and line.
 */
final class CsvDatapackageReader {

  static final long MAXIMUM_BYTES = 512L * 1024 * 1024;

  private CsvDatapackageReader() {}

  static ImportBatch fromZip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ImportBatch batch = new ImportBatch();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = Path.of(entry.getName()).getFileName().toString();
        if (entry.isDirectory() || !(name.endsWith(".csv") || name.equals("datapackage.json"))) {
          continue;
        }
        byte[] content =
            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAXIMUM_BYTES - total + 1));
        total += content.length;
        if (total > MAXIMUM_BYTES) {
          batch.problem("zip", "is larger than " + MAXIMUM_BYTES / 1024 / 1024 + " MB unpacked");
          return batch;
        }
        files.put(name, content);
      }
    } catch (IOException e) {
      batch.problem("zip", "cannot be read: " + OrukImporter.firstLine(e.getMessage()));
      return batch;
    }
    read(files, batch);
    return batch;
  }

  static ImportBatch fromDirectory(Path directory) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var list = Files.list(directory)) {
      for (Path file : list.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".csv") || name.equals("datapackage.json")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    ImportBatch batch = new ImportBatch();
    read(files, batch);
    return batch;
  }

  static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K';
  }

  private static void read(Map<String, byte[]> files, ImportBatch batch) {
    boolean any = false;
    for (OrukTable table : OrukTable.values()) {
      byte[] content = files.get(table.csvFile);
      if (content != null) {
        any = true;
        readTable(table, new String(content, StandardCharsets.UTF_8), batch);
      }
    }
    if (!any) {
      batch.problem("datapackage", "holds none of the HSDS CSV files (services.csv, ...)");
    }
  }

  private static void readTable(OrukTable table, String text, ImportBatch batch) {
    List<Csv.Line> lines;
    try {
      lines = Csv.read(text);
    } catch (Csv.Broken e) {
      batch.problem(table.csvFile + " line " + e.line, e.getMessage());
      return;
    }
    if (lines.isEmpty()) {
      return;
    }
    List<String> header = lines.get(0).fields().stream().map(String::strip).toList();
    for (Csv.Line line : lines.subList(1, lines.size())) {
      String source = table.csvFile + " line " + line.number();
      if (line.fields().size() != header.size()) {
        batch.problem(
            source, "has " + line.fields().size() + " fields but the header has " + header.size());
        continue;
      }
      StagedRow row = batch.add(table, source);
      for (int i = 0; i < header.size(); i++) {
        row.raw.put(header.get(i), line.fields().get(i));
      }
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    byte[] content = in.readNBytes((int) MAXIMUM_BYTES + 1);
    if (content.length > MAXIMUM_BYTES) {
      throw new IOException("larger than " + MAXIMUM_BYTES / 1024 / 1024 + " MB");
    }
    return content;
  }
}
