/**
 * Small typed inputs for the design-system components in {@code src/main/jte/components/}: options,
 * summary list rows, links and pages. Templates build the NHS.UK markup from these.
 */
@NullMarked
@NamedInterface("components")
package care.tandem.system.components;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
