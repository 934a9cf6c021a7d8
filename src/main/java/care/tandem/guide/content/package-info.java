/**
 * Reads the guide's Markdown content, checks every rule a content writer must follow, and replaces
 * the guide tables with it at start, in one transaction.
 */
@NullMarked
package care.tandem.guide.content;

import org.jspecify.annotations.NullMarked;
