/**
 * The shared care plan: one per person, written with them by their whole team — goals and actions
 * in three sections, every change kept as a version, and stale edits merged, never overwritten.
 */
@NullMarked
package care.tandem.plan;

import org.jspecify.annotations.NullMarked;
