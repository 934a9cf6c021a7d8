/**
 * Demo directory (demo profile only): the demo listings, imported through the ORUK importer as a
 * real feed would be, and the demo postcodes, so postcode search works offline.
 */
@NullMarked
package care.tandem.directory.demo;

import org.jspecify.annotations.NullMarked;
