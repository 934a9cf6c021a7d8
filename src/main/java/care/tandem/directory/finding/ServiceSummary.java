package care.tandem.directory.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service as a result lists it: enough to choose whether to open it. {@code nearestMetres} is the
 * distance to its nearest place from the searched postcode (null without one); {@code openingTimes}
 * are in words ("Tuesdays 10am to 12pm"); {@code lowestCost} is null when it is free.
 */
public record ServiceSummary(
    UUID id,
    String name,
    String organisation,
    String summary,
    boolean temporarilyClosed,
    @Nullable Double nearestMetres,
    List<String> openingTimes,
    @Nullable BigDecimal lowestCost,
    List<DirectoryTerm> delivery) {

  public ServiceSummary {
    openingTimes = List.copyOf(openingTimes);
    delivery = List.copyOf(delivery);
  }

  public boolean free() {
    return lowestCost == null;
  }
}
