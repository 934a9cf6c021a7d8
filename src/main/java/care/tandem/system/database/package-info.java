/**
 * The embedded PostgreSQL used when no database server is configured: started durable and behind a
 * password, brought back by itself after a crash, backed up and restored from the command line.
 */
@NullMarked
@NamedInterface("database")
package care.tandem.system.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
