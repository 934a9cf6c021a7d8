/** The shared form and error pattern: form records shaped for templates, with an error summary. */
@NullMarked
@NamedInterface("form")
package care.tandem.system.form;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
