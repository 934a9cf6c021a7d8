/**
 * The audit log's admin pages: search the log, and check that its hash chain is unbroken. Private
 * to the audit module; other modules read the log through {@link care.tandem.audit.AuditTrail}.
 */
@NullMarked
package care.tandem.audit.web;

import org.jspecify.annotations.NullMarked;
