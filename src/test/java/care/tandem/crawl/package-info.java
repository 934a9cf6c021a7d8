/**
 * Test support that reaches the running application the way a visitor does: over real HTTP, signed
 * in through the real sign-in form, following the links each demo role can see.
 */
@NullMarked
package care.tandem.crawl;

import org.jspecify.annotations.NullMarked;
