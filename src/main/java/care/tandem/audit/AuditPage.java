package care.tandem.audit;

import java.util.List;

/**
 * One page of audit entries, newest first. {@code total} stops counting at {@link #COUNT_LIMIT} so
 * a search of a huge log stays quick; {@code totalIsAtLeast} says when it did.
 */
public record AuditPage(
    List<AuditEntry> entries, int page, int pageSize, long total, boolean hasNext) {

  public static final int COUNT_LIMIT = 10_000;

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean totalIsAtLeast() {
    return total >= COUNT_LIMIT;
  }

  /** The position of the first entry on this page, counting from 1. */
  public long firstShown() {
    return entries.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
  }

  public long lastShown() {
    return entries.isEmpty() ? 0 : firstShown() + entries.size() - 1;
  }
}
