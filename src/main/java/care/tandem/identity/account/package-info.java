/**
 * Accounts: roles and disciplines, the password policy and the changes an admin or the account
 * holder makes, each one audited.
 */
@NullMarked
package care.tandem.identity.account;

import org.jspecify.annotations.NullMarked;
