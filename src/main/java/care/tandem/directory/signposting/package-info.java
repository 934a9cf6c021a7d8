/**
 * Closed-loop signposting: a team member or the person adds "signposted to a service" with a
 * reason, and later records what came of it; signposts show on the record, the plan, the timeline,
 * home pages and the team's list of signposts waiting for an outcome.
 */
@NullMarked
package care.tandem.directory.signposting;

import org.jspecify.annotations.NullMarked;
