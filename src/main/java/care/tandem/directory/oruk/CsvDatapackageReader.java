package care.tandem.directory.oruk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an HSDS CSV datapackage (a directory, or a zip, holding {@code datapackage.json} and one
 * CSV per entity named as the HSDS schemas' {@code path} says: {@code services.csv}, {@code
 * organizations.csv}...) into rows for the importer. A broken CSV record (wrong number of fields, a
 * quote left open) is reported with its file and line.
 */
final class CsvDatapackageReader {

  /** A file, feed or directory read by the start-up command. */
  static final long MAXIMUM_BYTES = 512L * 1024 * 1024;

  /** RFC 4180, empty lines kept so that each record's line number can be told. */
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private CsvDatapackageReader() {}

  static ImportBatch fromZip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ImportBatch batch = new ImportBatch();
    UnpackedLimits.CountingInput packed =
        new UnpackedLimits.CountingInput(new ByteArrayInputStream(zip));
    try (ZipInputStream in = new ZipInputStream(packed)) {
      UnpackedLimits limits = new UnpackedLimits();
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        limits.entry();
        String name = Path.of(entry.getName()).getFileName().toString();
        boolean wanted =
            !entry.isDirectory() && (name.endsWith(".csv") || name.equals("datapackage.json"));
        // Every entry is inflated under the limits, even one skipped, before the next is read.
        byte[] content = limits.unpack(in, packed, wanted);
        if (wanted) {
          files.put(name, content);
        }
      }
    } catch (UnpackedLimits.Exceeded e) {
      batch.problem("zip", e.getMessage());
      return batch;
    } catch (IOException | IllegalArgumentException e) {
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
    List<String> header = null;
    long lineBefore = 0;
    try (CSVParser parser = CSV.parse(new StringReader(withoutByteOrderMark(text)))) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        while (records.hasNext()) {
          List<String> fields = records.next().toList();
          String source = table.csvFile + " line " + (lineBefore + 1);
          lineBefore = parser.getCurrentLineNumber();
          if (fields.size() == 1 && fields.get(0).isEmpty()) {
            continue;
          }
          if (header == null) {
            header = fields.stream().map(String::strip).toList();
          } else if (fields.size() != header.size()) {
            batch.problem(
                source, "has " + fields.size() + " fields but the header has " + header.size());
          } else {
            StagedRow row = batch.add(table, source);
            for (int i = 0; i < header.size(); i++) {
              row.raw.put(header.get(i), fields.get(i));
            }
          }
        }
      } catch (UncheckedIOException broken) {
        batch.problem(table.csvFile + " line " + (lineBefore + 1), why(broken.getCause()));
      }
    } catch (IOException e) {
      batch.problem(table.csvFile, "cannot be read: " + OrukImporter.firstLine(e.getMessage()));
    }
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Commons CSV's two ways a quoted field goes wrong, in the words of the import report. */
  private static String why(IOException broken) {
    String message = String.valueOf(broken.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "has a quote that is never closed";
    } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "has text after a closing quote";
    }
    return "cannot be read: " + OrukImporter.firstLine(message);
  }

  static byte[] readAll(InputStream in) throws IOException {
    byte[] content = in.readNBytes((int) MAXIMUM_BYTES + 1);
    if (content.length > MAXIMUM_BYTES) {
      throw new IOException("larger than " + MAXIMUM_BYTES / 1024 / 1024 + " MB");
    }
    return content;
  }
}
