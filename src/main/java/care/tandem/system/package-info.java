/**
 * The frame every page shares: layout, design-system components, error pages, security headers and
 * the embedded database used when no PostgreSQL server is configured.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package care.tandem.system;

import org.jspecify.annotations.NullMarked;
