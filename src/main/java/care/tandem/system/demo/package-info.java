/**
 * The demo content's start-up: each module writes its own demo records (in the {@code demo} profile
 * only) through {@link care.tandem.system.demo.DemoSeeding}, in a fixed order.
 */
@NullMarked
@NamedInterface("demo")
package care.tandem.system.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
