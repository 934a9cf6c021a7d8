package care.tandem.audit.web;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.AuditPage;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit search page: the filters as typed (with any errors), the outcome options, and a page of
 * results with links that keep the filters. {@code fromError} and {@code toError} are errors about
 * a whole date, which mark all three of its boxes.
 */
public record AuditSearchView(
    FormView form,
    @Nullable String fromError,
    @Nullable String toError,
    List<Choice> outcomes,
    @Nullable Results results) {

  static final String PATH = "/admin/audit";

  static final List<Choice> OUTCOMES =
      List.of(
          Choice.of("", "Any outcome"),
          Choice.of("success", "Success"),
          Choice.of("failure", "Failure"),
          Choice.of("denied", "Denied"));

  static Results results(AuditPage page, AuditSearchForm form) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.UK);
    String summary;
    if (page.entries().isEmpty()) {
      summary = page.page() > 1 ? "There are no more entries" : "No entries match your search";
    } else {
      summary =
          "Showing "
              + numbers.format(page.firstShown())
              + " to "
              + numbers.format(page.lastShown())
              + " of "
              + (page.totalIsAtLeast() ? "more than " : "")
              + numbers.format(page.total())
              + (page.total() == 1 ? " entry" : " entries");
    }
    return new Results(
        summary,
        page.entries().stream().map(AuditSearchView::row).toList(),
        page.hasPrevious()
            ? new Pagination.Step(href(form, page.page() - 1), "Page " + (page.page() - 1))
            : null,
        page.hasNext()
            ? new Pagination.Step(href(form, page.page() + 1), "Page " + (page.page() + 1))
            : null);
  }

  private static Row row(AuditEntry entry) {
    return new Row(
        entry.when(),
        entry.isoTime(),
        entry.action(),
        label(entry.outcome()),
        switch (entry.outcome()) {
          case "success" -> "green";
          case "denied" -> "orange";
          default -> "red";
        },
        idOrNull(entry.actor()),
        entry.actor() == null ? null : PATH + "?account=" + entry.actor(),
        entry.actorRole(),
        idOrNull(entry.person()),
        entry.person() == null ? null : PATH + "?person=" + entry.person(),
        entry.details().entrySet().stream()
            .map(detail -> new Detail(detail.getKey(), detail.getValue()))
            .toList());
  }

  /** The same search, on another page. */
  private static String href(AuditSearchForm form, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
    Map.of(
            "person", orEmpty(form.person()),
            "account", orEmpty(form.account()),
            "action", orEmpty(form.action()),
            "outcome", orEmpty(form.outcome()),
            "fromDay", orEmpty(form.fromDay()),
            "fromMonth", orEmpty(form.fromMonth()),
            "fromYear", orEmpty(form.fromYear()),
            "toDay", orEmpty(form.toDay()),
            "toMonth", orEmpty(form.toMonth()),
            "toYear", orEmpty(form.toYear()))
        .entrySet()
        .stream()
        .filter(filter -> !filter.getValue().isBlank())
        .sorted(Map.Entry.comparingByKey())
        .forEach(filter -> uri.queryParam(filter.getKey(), filter.getValue().strip()));
    return uri.queryParam("page", page).encode().build().toUriString();
  }

  private static String label(String outcome) {
    return outcome.isEmpty()
        ? outcome
        : outcome.substring(0, 1).toUpperCase(Locale.UK) + outcome.substring(1);
  }

  private static @Nullable String idOrNull(@Nullable UUID id) {
    return id == null ? null : id.toString();
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  public record Results(
      String summary,
      List<Row> rows,
      Pagination.@Nullable Step previous,
      Pagination.@Nullable Step next) {}

  public record Row(
      String when,
      String isoTime,
      String action,
      String outcome,
      String outcomeColour,
      @Nullable String actor,
      @Nullable String actorHref,
      @Nullable String role,
      @Nullable String person,
      @Nullable String personHref,
      List<Detail> details) {}

  public record Detail(String key, String value) {}
}
