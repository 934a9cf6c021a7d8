package care.tandem.measures;

import org.jspecify.annotations.Nullable;

/**
 * How a score changed, by NHS Talking Therapies' rules where the instrument has them. Each flag is
 * null when the instrument has no rule for it (no caseness threshold, no reliable change index).
 *
 * @param fromFirst latest total minus the first total
 * @param fromPrevious latest total minus the previous total; null when there is no previous
 * @param reliableImprovement improved from the first by at least the reliable change index
 * @param reliableDeterioration worsened from the first by at least the reliable change index
 * @param recovered the first was a case and the latest is not
 * @param reliablyRecovered recovered and reliably improved
 */
public record Change(
    int fromFirst,
    @Nullable Integer fromPrevious,
    @Nullable Boolean reliableImprovement,
    @Nullable Boolean reliableDeterioration,
    @Nullable Boolean recovered,
    @Nullable Boolean reliablyRecovered) {}
