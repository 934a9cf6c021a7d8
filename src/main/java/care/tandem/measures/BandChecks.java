package care.tandem.measures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an instrument's severity bands and checks that they cover every possible total exactly
 * once, in order, so that no score is left without a band or given two.
 */
final class BandChecks {

  private BandChecks() {}

  static List<Instrument.Band> read(JsonField root, int min, int max) {
    List<JsonField> listed = root.array("bands");
    if (listed.isEmpty()) {
      throw root.field("bands").fault("needs at least one band covering " + min + " to " + max);
    }
    List<Instrument.Band> bands = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int next = min;
    for (int i = 0; i < listed.size(); i++) {
      JsonField band = listed.get(i).object();
      String code = band.text("code");
      if (!code.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        throw band.field("code").fault(code + " must be lower-case letters, digits and hyphens");
      }
      if (!codes.add(code)) {
        throw band.field("code").fault(code + " is used twice");
      }
      int from = band.integer("from");
      int to = band.integer("to");
      if (from > next) {
        throw band.field("from").fault(from + " leaves " + gap(next, from - 1) + " in no band");
      }
      if (from < next) {
        throw band.field("from")
            .fault(
                i == 0
                    ? from + " is below the lowest possible total, " + min
                    : from + " overlaps bands[" + (i - 1) + "], which ends at " + (next - 1));
      }
      if (to < from) {
        throw band.field("to").fault(to + " is below from, " + from);
      }
      if (to > max) {
        throw band.field("to").fault(to + " is above the highest possible total, " + max);
      }
      bands.add(new Instrument.Band(code, band.text("label"), from, to));
      next = to + 1;
    }
    if (next <= max) {
      throw listed
          .get(listed.size() - 1)
          .field("to")
          .fault((next - 1) + " leaves " + gap(next, max) + " in no band");
    }
    return bands;
  }

  private static String gap(int from, int to) {
    return from == to ? String.valueOf(from) : from + " to " + to;
  }
}
