package care.tandem.directory.oruk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV, the form of the HSDS datapackage: fields quoted when they hold a comma, quote or
 * line break, quotes doubled. Reading keeps the line each record starts on, for the import report,
 * and refuses a record whose quotes do not close.
 */
final class Csv {

  private Csv() {}

  /** One record and the line of the file it starts on. */
  record Line(int number, List<String> fields) {}

  /** A record the reader could not make sense of. */
  static final class Broken extends Exception {
    final int line;

    Broken(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  static List<Line> read(String text) throws Broken {
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new Broken(line, "has a quote in the middle of a field");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          lines.add(new Line(start, List.copyOf(fields)));
        }
        fields.clear();
        line++;
        start = line;
      } else {
        if (wasQuoted) {
          throw new Broken(line, "has text after a closing quote");
        }
        field.append(c);
      }
    }
    if (quoted) {
      throw new Broken(start, "has a quote that is never closed");
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      lines.add(new Line(start, List.copyOf(fields)));
    }
    return lines;
  }

  static void append(StringBuilder out, List<@Nullable String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String value = fields.get(i);
      if (value == null) {
        continue;
      }
      if (value.isEmpty()
          || value.indexOf(',') >= 0
          || value.indexOf('"') >= 0
          || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0) {
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        out.append(value);
      }
    }
    out.append("\r\n");
  }
}
