/**
 * The append-only, hash-chained audit log: who did what to which record and when, never the
 * clinical text itself. Other modules write through {@link care.tandem.audit.AuditLog} and read
 * through {@link care.tandem.audit.AuditTrail}; {@link care.tandem.audit.AuditChainVerifier} checks
 * the chain.
 */
@NullMarked
package care.tandem.audit;

import org.jspecify.annotations.NullMarked;
