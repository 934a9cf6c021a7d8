package care.tandem.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a connected system says about its own response besides the answers, kept exactly as sent and
 * served back: its identifier for the response and when it says the response was authored.
 *
 * @param authored when the sender says the person answered; null if it did not say
 */
public record SenderDetails(
    @Nullable Instant authored,
    @Nullable String identifierSystem,
    @Nullable String identifierValue) {

  /** A response made on Tandem's own pages: nothing from a sender. */
  public static final SenderDetails NONE = new SenderDetails(null, null, null);
}
