/** Tandem, a modular monolith: each top-level package is a module (see docs/adr). */
@NullMarked
package care.tandem;

import org.jspecify.annotations.NullMarked;
