/**
 * Open Referral UK for the directory: the public read API under {@code /oruk}, import from ORUK
 * JSON (files and feeds) and the HSDS CSV datapackage, export in both, and the demo listings.
 * Column names are the HSDS field names, so most of the mapping is read from the tables themselves.
 */
@NullMarked
package care.tandem.directory.oruk;

import org.jspecify.annotations.NullMarked;
