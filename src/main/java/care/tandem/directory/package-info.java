/**
 * The signposting directory: local services for this population, stored in the shape of Open
 * Referral UK (HSDS 3.0), found by need, words, place and filters; signposts from a person's record
 * whose outcomes are recorded and counted; listings kept true by a review queue; and the ORUK API,
 * import and export.
 *
 * <p>The public API is this package: {@link care.tandem.directory.TandemTaxonomy} (our own terms),
 * {@link care.tandem.directory.Postcode} and {@link care.tandem.directory.PostcodeCentroids}
 * (place), and {@link care.tandem.directory.SignpostCounts} (what came of signposts, counted
 * without naming anyone).
 */
@NullMarked
package care.tandem.directory;

import org.jspecify.annotations.NullMarked;
