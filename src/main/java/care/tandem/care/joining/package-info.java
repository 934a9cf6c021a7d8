/**
 * Joining one's own record: the team invites the person by e-mail or letter with a short code, the
 * person makes an account (or uses NHS login) and proves their date of birth; admins link and
 * unlink accounts and records with a written reason.
 */
@NullMarked
package care.tandem.care.joining;

import org.jspecify.annotations.NullMarked;
