/**
 * Keeping the directory true: directory editors (service leads) add and change listings with
 * version checks and an audit row for every change, a review queue of listings not checked for a
 * while, and problem reports anyone can send about a listing.
 */
@NullMarked
package care.tandem.directory.curating;

import org.jspecify.annotations.NullMarked;
