/**
 * The practitioner guide: common problems, solutions, barriers with ideas and examples, loaded from
 * Markdown at start, browsable, filterable and searchable, plus each practitioner's plan.
 */
@NullMarked
package care.tandem.guide;

import org.jspecify.annotations.NullMarked;
