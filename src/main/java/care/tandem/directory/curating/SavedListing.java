package care.tandem.directory.curating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A listing as it is saved now: the draft it would take to write it again, the version an edit
 * starts from, and when it was last checked.
 */
record SavedListing(
    UUID id, int version, LocalDate verifiedOn, String organisationName, ListingDraft draft) {}
