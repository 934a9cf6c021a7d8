package care.tandem.directory.curating;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a saved listing back into the form that edits it, and any listing into labelled lines, so a
 * stale edit can say, field by field, what was typed and what is saved now.
 */
final class ListingForms {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ListingForms() {}

  static ListingForm from(SavedListing saved) {
    ListingDraft d = saved.draft();
    ListingDraft.Place place = d.place();
    String[] times = new String[14];
    for (ListingDraft.Opening opening : d.openings()) {
      int at = opening.day().ordinal() * 2;
      if (times[at] == null) {
        times[at] = TIME.format(opening.opens());
        times[at + 1] = TIME.format(opening.closes());
      }
    }
    return new ListingForm(
        String.valueOf(d.organisation().existing()),
        null,
        null,
        d.name(),
        d.description(),
        d.status().code(),
        d.website(),
        d.email(),
        d.phone(),
        text(d.minimumAge()),
        text(d.maximumAge()),
        d.costAmount() == null ? "free" : "cost",
        d.costAmount() == null ? null : d.costAmount().toPlainString(),
        d.costFor(),
        strings(d.needs()),
        strings(d.delivery()),
        d.selfReferral() ? "yes" : "no",
        place == null ? null : place.addressLine1(),
        place == null ? null : place.addressLine2(),
        place == null ? null : place.town(),
        place == null ? null : place.county(),
        place == null ? null : place.postcode().display(),
        place == null ? List.of() : strings(place.accessibility()),
        times[0],
        times[1],
        times[2],
        times[3],
        times[4],
        times[5],
        times[6],
        times[7],
        times[8],
        times[9],
        times[10],
        times[11],
        times[12],
        times[13],
        String.join(", ", d.languages()),
        d.alert(),
        d.owner() == null ? null : d.owner().toString(),
        null,
        String.valueOf(saved.version()),
        null);
  }

  /**
   * The listing as labelled lines in page order. {@code names} gives the words for an id (an
   * organisation, an owner, a taxonomy term).
   */
  static Map<String, String> lines(ListingDraft d, Function<UUID, String> names) {
    Map<String, String> lines = new LinkedHashMap<>();
    ListingDraft.Organisation organisation = d.organisation();
    lines.put(
        "Organisation",
        organisation.existing() != null
            ? names.apply(organisation.existing())
            : organisation.name() + " (new)");
    lines.put("Service name", d.name());
    lines.put("Description", d.description());
    lines.put("Status", d.status().label());
    lines.put("Website", or(d.website()));
    lines.put("Email address", or(d.email()));
    lines.put("Phone number", or(d.phone()));
    lines.put("Youngest age", or(text(d.minimumAge())));
    lines.put("Oldest age", or(text(d.maximumAge())));
    lines.put(
        "Cost",
        d.costAmount() == null
            ? "Free"
            : "£"
                + d.costAmount().toPlainString()
                + (d.costFor() == null ? "" : " " + d.costFor()));
    lines.put("Helps with", names(d.needs(), names));
    lines.put("How people can use it", names(d.delivery(), names));
    lines.put("People can refer themselves", d.selfReferral() ? "Yes" : "No");
    ListingDraft.Place place = d.place();
    lines.put(
        "Address",
        place == null
            ? "None"
            : String.join(
                ", ",
                java.util.stream.Stream.of(
                        place.addressLine1(),
                        place.addressLine2(),
                        place.town(),
                        place.county(),
                        place.postcode().display())
                    .filter(java.util.Objects::nonNull)
                    .toList()));
    lines.put("Access features", place == null ? "None" : names(place.accessibility(), names));
    for (Weekday day : Weekday.values()) {
      lines.put(
          day.label(),
          d.openings().stream()
              .filter(opening -> opening.day() == day)
              .findFirst()
              .map(opening -> time(opening.opens()) + " to " + time(opening.closes()))
              .orElse("Closed"));
    }
    lines.put("Languages", d.languages().isEmpty() ? "None" : String.join(", ", d.languages()));
    lines.put("Alert", or(d.alert()));
    lines.put("Looked after by", d.owner() == null ? "Nobody" : names.apply(d.owner()));
    return lines;
  }

  /** Lines of {@code typed} that differ from {@code saved}: "Label: typed (saved now: value)". */
  static List<String> differences(Map<String, String> typed, Map<String, String> saved) {
    return typed.entrySet().stream()
        .filter(line -> !line.getValue().equals(saved.get(line.getKey())))
        .map(
            line ->
                line.getKey()
                    + ": "
                    + line.getValue()
                    + " (saved now: "
                    + saved.getOrDefault(line.getKey(), "None")
                    + ")")
        .toList();
  }

  private static String names(List<UUID> ids, Function<UUID, String> names) {
    return ids.isEmpty() ? "None" : String.join(", ", ids.stream().map(names).toList());
  }

  private static String time(LocalTime time) {
    return TIME.format(time);
  }

  private static String or(@Nullable String value) {
    return value == null ? "None" : value;
  }

  private static @Nullable String text(@Nullable Integer number) {
    return number == null ? null : String.valueOf(number);
  }

  private static List<String> strings(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }
}
