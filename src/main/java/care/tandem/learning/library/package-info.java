/**
 * The library: shipped pieces read and checked at start, pieces written and versioned in the app by
 * library editors, browse and search at /learn, each piece's page, and each person's saved pieces.
 */
@NullMarked
package care.tandem.learning.library;

import org.jspecify.annotations.NullMarked;
