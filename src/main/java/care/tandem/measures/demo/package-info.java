/**
 * Demo measures (demo profile only): months of PHQ-9 and GAD-7 results for two demo people, scored
 * for real, and one open safety alert so the alerts pages have something to show.
 */
@NullMarked
package care.tandem.measures.demo;

import org.jspecify.annotations.NullMarked;
