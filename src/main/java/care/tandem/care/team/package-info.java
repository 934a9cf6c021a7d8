/**
 * The care team pages: who is on the team, bringing in a colleague, the person's invitations and
 * removal requests, and the decisions on them.
 */
@NullMarked
package care.tandem.care.team;

import org.jspecify.annotations.NullMarked;
