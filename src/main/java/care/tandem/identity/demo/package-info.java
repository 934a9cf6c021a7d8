/**
 * The demo profile's seed data, and the production profile's refusal to start while demo accounts
 * or default secrets remain.
 */
@NullMarked
package care.tandem.identity.demo;

import org.jspecify.annotations.NullMarked;
