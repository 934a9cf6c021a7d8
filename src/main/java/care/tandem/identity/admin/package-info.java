/**
 * The admin pages for organisations, services and accounts. Thin controllers over the account and
 * organisation services; only admins reach them (see the route table).
 */
@NullMarked
package care.tandem.identity.admin;

import org.jspecify.annotations.NullMarked;
