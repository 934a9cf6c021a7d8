package care.tandem.directory;

import java.util.Map;

/**
 * How often a service has been signposted to and the latest outcome of each signpost, counted
 * without naming anyone. {@code latestOutcomes} has every {@link SignpostOutcome}, zero or more;
 * {@code noOutcomeYet} counts signposts with none recorded.
 */
public record SignpostStatistics(
    int signposted, Map<SignpostOutcome, Integer> latestOutcomes, int noOutcomeYet) {

  public SignpostStatistics {
    latestOutcomes = Map.copyOf(latestOutcomes);
  }
}
