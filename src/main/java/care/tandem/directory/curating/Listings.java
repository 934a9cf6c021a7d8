package care.tandem.directory.curating;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and marks as checked directory listings, each in one transaction with its audit
 * row. The audit names the listing and what was done, never the listing's words.
 */
@Service
class Listings {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ListingWriter writer;
  private final ListingReader reader;
  private final AuditLog audit;

  Listings(ListingWriter writer, ListingReader reader, AuditLog audit) {
    this.writer = writer;
    this.reader = reader;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<SavedListing> find(UUID id) {
    return reader.find(id);
  }

  /** Adds a listing once per idempotency key; a repeated submit returns the first one's id. */
  @Transactional
  public UUID create(ListingDraft draft, UUID idempotencyKey, Editor editor) {
    writer.lockKey(idempotencyKey);
    Optional<UUID> earlier = writer.createdWith(idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    UUID id = writer.insert(draft, idempotencyKey, editor.accountId());
    record(editor, "directory.listing-created", id, draft);
    return id;
  }

  /** Saves the draft over the listing if nobody has changed it since {@code version}. */
  @Transactional
  public void change(UUID id, int version, ListingDraft draft, Editor editor) {
    if (!writer.update(id, version, draft)) {
      throw new ListingChangedElsewhereException();
    }
    record(editor, "directory.listing-changed", id, draft);
  }

  /** Says the listing was checked and is true today, if nobody has changed it since. */
  @Transactional
  public void markChecked(UUID id, int version, Editor editor) {
    if (!writer.markChecked(id, version)) {
      throw new ListingChangedElsewhereException();
    }
    audit.record(
        AuditEvent.success(
            editor.accountId(),
            editor.role(),
            "directory.listing-verified",
            Map.of("service", id.toString(), "version", String.valueOf(version + 1))));
  }

  private void record(Editor editor, String action, UUID id, ListingDraft draft) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("service", id.toString());
    details.put("status", draft.status().code());
    details.put("checked", String.valueOf(draft.checkedToday()));
    if (draft.organisation().existing() == null) {
      details.put("organisation", "new");
    } else {
      details.put("organisation", draft.organisation().existing().toString());
    }
    if (draft.owner() != null) {
      details.put("owner", draft.owner().toString());
    }
    audit.record(AuditEvent.success(editor.accountId(), editor.role(), action, details));
  }
}
