package care.tandem.identity.external;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The account a provider's identity signs in to, the assurance it came with (P9, AAL3_ANY), and
 * where to go next if not the usual home page.
 */
record SignedInAccount(UUID accountId, String assurance, @Nullable String nextPage) {}
