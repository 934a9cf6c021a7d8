/**
 * Demo care plans: each demo person's plan written by their team over time, through the plan's own
 * public face as a real edit would be. Demo profile only.
 */
@NullMarked
package care.tandem.plan.demo;

import org.jspecify.annotations.NullMarked;
