package care.tandem.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain. {@code rowsChecked} counts the rows read, including the
 * first broken one. {@code lastRowId} and {@code lastHash} name the newest intact row: writing them
 * down somewhere else lets a later check notice rows removed from the end, which no hash can show.
 */
public record ChainVerification(
    long rowsChecked, @Nullable Long lastRowId, @Nullable String lastHash, @Nullable Break broken) {

  public boolean intact() {
    return broken == null;
  }

  /** One line for people: what was checked and what, if anything, is wrong. */
  public String summary() {
    if (broken != null) {
      return "The audit chain is broken at entry "
          + broken.rowId()
          + ": "
          + broken.explanation()
          + " ("
          + rowsChecked
          + " entries checked)";
    }
    if (lastRowId == null) {
      return "The audit log is empty, so there is nothing to check";
    }
    return "The audit chain is unbroken: "
        + rowsChecked
        + " entries checked, the latest is entry "
        + lastRowId
        + " with hash "
        + lastHash;
  }

  /** The first row that does not verify, and why. */
  public record Break(long rowId, @Nullable Long previousRowId, Problem problem) {

    public String explanation() {
      return switch (problem) {
        case CONTENTS_CHANGED -> "its contents do not match its hash, so it was changed";
        case LINK_BROKEN ->
            previousRowId == null
                ? "it is the first entry but does not start the chain, so earlier entries were"
                    + " removed"
                : "it does not link to entry "
                    + previousRowId
                    + ", so an entry between them was removed, added or changed";
      };
    }
  }

  public enum Problem {
    /** The row's own hash does not match what it holds. */
    CONTENTS_CHANGED,
    /** The row's previous hash is not the hash of the row before it. */
    LINK_BROKEN
  }
}
