package care.tandem.audit;

/** The one way to write to the audit log. Joins the caller's transaction when there is one. */
public interface AuditLog {

  void record(AuditEvent event);
}
