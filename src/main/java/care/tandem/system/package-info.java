/**
 * The frame every page shares: layout, error pages, security headers and the embedded database used
 * when no PostgreSQL server is configured. Other modules use its components, forms, content and
 * jobs.
 */
@NullMarked
package care.tandem.system;

import org.jspecify.annotations.NullMarked;
