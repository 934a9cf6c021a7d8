/**
 * Limits on what a request may send, enforced while the body is read rather than trusted from its
 * headers, and failures logged by reference only, never with what was sent.
 */
@NullMarked
@NamedInterface("limits")
package care.tandem.system.limits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
