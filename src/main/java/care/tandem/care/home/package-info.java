/**
 * Home pages, where people land after signing in: the person's own summary of their record, and a
 * practitioner's list of the people whose care teams they are on. Other modules add sections to
 * both through {@link care.tandem.care.home.HomeSection}.
 */
@NullMarked
package care.tandem.care.home;

import org.jspecify.annotations.NullMarked;
