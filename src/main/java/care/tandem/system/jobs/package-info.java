/** Background jobs that survive restarts and run once across nodes (db-scheduler). */
@NullMarked
package care.tandem.system.jobs;

import org.jspecify.annotations.NullMarked;
