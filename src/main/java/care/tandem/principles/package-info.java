/**
 * The five "what matters to me" service principles: loaded from Markdown at start, each with a page
 * saying what it means to the person, practitioners and service leads, and how to see it.
 */
@NullMarked
package care.tandem.principles;

import org.jspecify.annotations.NullMarked;
