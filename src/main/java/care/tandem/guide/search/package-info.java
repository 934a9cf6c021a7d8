/**
 * Full-text search over the guide with PostgreSQL: ranked results with highlighted snippets that
 * can never carry HTML from content or from the query.
 */
@NullMarked
package care.tandem.guide.search;

import org.jspecify.annotations.NullMarked;
