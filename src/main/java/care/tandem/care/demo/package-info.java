/**
 * The demo people (demo profile only): three made-up records whose teams span organisations, so a
 * newcomer can walk through Tandem as the person and as each practitioner. Other modules seed their
 * own demo content for them through the stable ids in {@link care.tandem.care.demo.DemoPeople}.
 */
@NullMarked
@NamedInterface("demo")
package care.tandem.care.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
