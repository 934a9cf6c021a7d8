/**
 * Which page template each real HTTP request rendered, for whom and in which state, so the page
 * gates can prove that no page template escapes them. Test code only.
 */
@NullMarked
package care.tandem.coverage;

import org.jspecify.annotations.NullMarked;
