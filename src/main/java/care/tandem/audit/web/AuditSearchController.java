package care.tandem.audit.web;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.audit.AuditNames;
import care.tandem.audit.AuditPage;
import care.tandem.audit.AuditQuery;
import care.tandem.audit.AuditTrail;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/** Admin search of the audit log: a plain GET form, newest entries first, a page at a time. */
@Controller
class AuditSearchController {

  private final AuditTrail trail;
  private final AuditLog auditLog;
  private final List<AuditNames> names;

  AuditSearchController(AuditTrail trail, AuditLog auditLog, List<AuditNames> names) {
    this.trail = trail;
    this.auditLog = auditLog;
    this.names = names;
  }

  @GetMapping(AuditSearchView.PATH)
  String showSearch(
      @Valid AuditSearchForm form,
      BindingResult result,
      @Nullable Authentication viewer,
      Model model) {
    FormView view = FormView.of(result);
    SearchDate from = form.from();
    SearchDate to = form.to();
    if (from.date() != null && to.date() != null && from.date().isAfter(to.date())) {
      to = SearchDate.afterStart("Date to must be the same as or after date from", "to");
    }
    for (SearchDate date : new SearchDate[] {from, to}) {
      if (date.hasError()) {
        view = view.withError(date.errorField(), date.error());
      }
    }
    AuditSearchView.Results results = null;
    if (!view.hasErrors()) {
      AuditQuery query =
          new AuditQuery(
              uuid(form.person()),
              uuid(form.account()),
              AuditSearchForm.blankToNull(form.action()),
              AuditSearchForm.blankToNull(form.outcome()),
              from.date(),
              to.date());
      AuditPage page = trail.search(query, form.pageNumber(AuditTrail.MAX_PAGE));
      recordSearch(viewer, query);
      results = AuditSearchView.results(page, form, namesOn(page)::get);
    }
    model.addAttribute(
        "search",
        new AuditSearchView(
            view,
            from.wholeDate() ? from.error() : null,
            to.wholeDate() ? to.error() : null,
            AuditSearchView.OUTCOMES,
            results));
    return "audit/search";
  }

  /** The names of the accounts and people a page of entries mentions, by id. */
  private Map<UUID, String> namesOn(AuditPage page) {
    Set<UUID> ids = new HashSet<>();
    for (AuditEntry entry : page.entries()) {
      if (entry.actor() != null) {
        ids.add(entry.actor());
      }
      if (entry.person() != null) {
        ids.add(entry.person());
      }
      entry.details().values().stream()
          .map(AuditWords::uuid)
          .filter(Objects::nonNull)
          .forEach(ids::add);
    }
    Map<UUID, String> found = new HashMap<>();
    if (!ids.isEmpty()) {
      names.forEach(source -> found.putAll(source.namesOf(ids)));
    }
    return found;
  }

  /**
   * Reading the audit log is itself recorded. The filters go under their own keys, not as the
   * entry's person or account, so paging through a search does not add to its own results.
   */
  private void recordSearch(@Nullable Authentication authentication, AuditQuery query) {
    Viewer viewer = Viewer.of(authentication);
    Map<String, String> filters = new TreeMap<>();
    putIfPresent(filters, "personFilter", query.person());
    putIfPresent(filters, "accountFilter", query.account());
    putIfPresent(filters, "actionFilter", query.action());
    putIfPresent(filters, "outcomeFilter", query.outcome());
    putIfPresent(filters, "fromFilter", query.from());
    putIfPresent(filters, "toFilter", query.to());
    auditLog.record(AuditEvent.success(viewer.account(), viewer.role(), "audit.searched", filters));
  }

  private static void putIfPresent(
      Map<String, String> details, String key, @Nullable Object value) {
    if (value != null) {
      details.put(key, value.toString());
    }
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    String value = AuditSearchForm.blankToNull(text);
    return value == null ? null : UUID.fromString(value);
  }
}
