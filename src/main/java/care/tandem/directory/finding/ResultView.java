package care.tandem.directory.finding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One search result shaped for the page: words and links only, nothing to work out. */
public record ResultView(
    String id,
    String href,
    String name,
    String organisation,
    String summary,
    boolean temporarilyClosed,
    @Nullable String distance,
    List<String> openingTimes,
    String cost,
    @Nullable String delivery) {

  static ResultView of(ServiceSummary service) {
    return new ResultView(
        service.id().toString(),
        "/directory/services/" + service.id(),
        service.name(),
        service.organisation(),
        service.summary(),
        service.temporarilyClosed(),
        service.nearestMetres() == null ? null : distance(service.nearestMetres()),
        service.openingTimes(),
        service.free()
            ? "Free"
            : "From "
                + java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK)
                    .format(service.lowestCost())
                    .replace(".00", ""),
        service.delivery().isEmpty()
            ? null
            : sentence(service.delivery().stream().map(DirectoryTerm::label).toList()));
  }

  /** "0.4 km away", "12 km away". */
  static String distance(double metres) {
    double km = metres / 1000;
    String figure =
        km < 10 ? String.format(java.util.Locale.UK, "%.1f", km) : Long.toString(Math.round(km));
    return figure + " km away";
  }

  /** "In person, by phone or online". */
  static String sentence(List<String> labels) {
    if (labels.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(labels.get(0));
    for (int i = 1; i < labels.size(); i++) {
      text.append(i == labels.size() - 1 ? " or " : ", ")
          .append(labels.get(i).toLowerCase(java.util.Locale.UK));
    }
    return text.toString();
  }
}
