/**
 * The one directory search under the finding pages and the ORUK API: a query model of criteria, the
 * SQL built from it, and the page of rows with the total it finds. Each front end translates its
 * own parameters into a {@link care.tandem.directory.search.DirectoryQuery} and the rows into its
 * own shape.
 */
@NullMarked
package care.tandem.directory.search;

import org.jspecify.annotations.NullMarked;
