/**
 * E-mail notices of new messages: who wants them, what is due, sending after a post commits and the
 * sweep that retries failed sends. An e-mail only ever says there is something new to look at.
 */
@NullMarked
package care.tandem.conversation.mail;

import org.jspecify.annotations.NullMarked;
