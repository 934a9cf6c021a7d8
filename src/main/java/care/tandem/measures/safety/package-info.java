/**
 * Safety-netting after a worrying answer: the alert raised in the answer's own transaction, its
 * owner, acknowledgement, escalation to the service lead and close with an outcome.
 */
@NullMarked
package care.tandem.measures.safety;

import org.jspecify.annotations.NullMarked;
