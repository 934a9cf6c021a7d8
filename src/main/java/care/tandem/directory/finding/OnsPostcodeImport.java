package care.tandem.directory.finding;

import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeNotValidException;
import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads postcode centroids from the ONS Postcode Directory CSV (ONSPD): streamed record by record,
 * stored in batches (insert or update), so the full 2.7 million-row file needs little memory.
 * Columns are found by header name, any case: pcds (else pcd, pcd7, pcd8 or pcd2), lat, long and
 * doterm. Rows without a grid reference (ONS gives latitude 99.999999) are skipped; terminated
 * postcodes are kept with the month they ended, so old letters still find a place.
 */
@Service
public class OnsPostcodeImport {

  static final int BATCH = 1000;
  private static final CSVFormat ONSPD =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final List<String> POSTCODE_COLUMNS =
      List.of("pcds", "pcd", "pcd7", "pcd8", "pcd2");
  private static final String UPSERT =
      "insert into directory_postcode (postcode, latitude, longitude, terminated_on)"
          + " values (?, ?, ?, ?) on conflict (postcode) do update set latitude ="
          + " excluded.latitude, longitude = excluded.longitude, terminated_on ="
          + " excluded.terminated_on";

  private final JdbcTemplate jdbc;

  OnsPostcodeImport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What an import did, for the person running it. */
  public record Report(int read, int stored, int terminated, int withoutCoordinates, int rejected) {

    public String summary() {
      return "Read "
          + read
          + " postcodes: stored "
          + stored
          + " ("
          + terminated
          + " terminated), skipped "
          + withoutCoordinates
          + " without coordinates, rejected "
          + rejected
          + " that could not be read.";
    }
  }

  /** Thrown when the file is not an ONSPD CSV we can read; nothing has been stored. */
  public static final class NotOnspdException extends RuntimeException {
    NotOnspdException(String message) {
      super(message);
    }
  }

  public Report importFrom(Reader source) throws IOException {
    // Not closed here: the reader belongs to the caller. Records are read one at a time.
    Iterator<CSVRecord> records = ONSPD.parse(source).iterator();
    if (!records.hasNext()) {
      throw new NotOnspdException("The file is empty");
    }
    List<String> names =
        records.next().stream()
            .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
            .toList();
    int postcodeColumn =
        POSTCODE_COLUMNS.stream()
            .mapToInt(names::indexOf)
            .filter(i -> i >= 0)
            .findFirst()
            .orElse(-1);
    int latitudeColumn = names.indexOf("lat");
    int longitudeColumn = names.indexOf("long");
    int terminatedColumn = names.indexOf("doterm");
    if (postcodeColumn < 0 || latitudeColumn < 0 || longitudeColumn < 0) {
      throw new NotOnspdException(
          "The file has no pcds (or pcd), lat and long columns: is it the ONS Postcode Directory?");
    }
    int read = 0;
    int stored = 0;
    int terminated = 0;
    int withoutCoordinates = 0;
    int rejected = 0;
    List<Object[]> batch = new ArrayList<>(BATCH);
    while (records.hasNext()) {
      List<String> cells = records.next().toList();
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      read++;
      Object[] row = row(cells, postcodeColumn, latitudeColumn, longitudeColumn, terminatedColumn);
      if (row == null) {
        rejected++;
      } else if (row.length == 0) {
        withoutCoordinates++;
      } else {
        batch.add(row);
        stored++;
        terminated += row[3] == null ? 0 : 1;
        if (batch.size() == BATCH) {
          jdbc.batchUpdate(UPSERT, batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      jdbc.batchUpdate(UPSERT, batch);
    }
    return new Report(read, stored, terminated, withoutCoordinates, rejected);
  }

  /** The row to store; empty when it has no coordinates; null when it cannot be read. */
  private static Object @Nullable [] row(
      List<String> cells,
      int postcodeColumn,
      int latitudeColumn,
      int longitudeColumn,
      int terminatedColumn) {
    int needed = Math.max(postcodeColumn, Math.max(latitudeColumn, longitudeColumn));
    if (cells.size() <= needed) {
      return null;
    }
    Postcode postcode;
    try {
      postcode = Postcode.parse(cells.get(postcodeColumn));
    } catch (PostcodeNotValidException notAPostcode) {
      return null;
    }
    String latitudeText = cells.get(latitudeColumn).strip();
    String longitudeText = cells.get(longitudeColumn).strip();
    if (latitudeText.isEmpty() || longitudeText.isEmpty()) {
      return new Object[0];
    }
    double latitude;
    double longitude;
    try {
      latitude = Double.parseDouble(latitudeText);
      longitude = Double.parseDouble(longitudeText);
    } catch (NumberFormatException notANumber) {
      return null;
    }
    if (latitude > 90 || latitude < -90 || longitude > 180 || longitude < -180) {
      return new Object[0];
    }
    Date terminatedOn = null;
    String terminatedText =
        terminatedColumn >= 0 && terminatedColumn < cells.size()
            ? cells.get(terminatedColumn).strip()
            : "";
    if (!terminatedText.isEmpty()) {
      if (!terminatedText.matches("[0-9]{6}")) {
        return null;
      }
      int month = Integer.parseInt(terminatedText.substring(4));
      if (month < 1 || month > 12) {
        return null;
      }
      terminatedOn =
          Date.valueOf(LocalDate.of(Integer.parseInt(terminatedText.substring(0, 4)), month, 1));
    }
    return new Object[] {postcode.compact(), latitude, longitude, terminatedOn};
  }
}
