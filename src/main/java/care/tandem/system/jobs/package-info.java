/** Background jobs that survive restarts and run once across nodes (db-scheduler). */
@NullMarked
@NamedInterface("jobs")
package care.tandem.system.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
