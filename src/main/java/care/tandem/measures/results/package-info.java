/**
 * Results: a person's submitted questionnaires over time, read from the stored server scores, as a
 * server-rendered chart and a table, with change explained; and each submit on the timeline.
 */
@NullMarked
package care.tandem.measures.results;

import org.jspecify.annotations.NullMarked;
