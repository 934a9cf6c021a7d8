/** The shared form and error pattern: form records shaped for templates, with an error summary. */
@NullMarked
package care.tandem.system.form;

import org.jspecify.annotations.NullMarked;
