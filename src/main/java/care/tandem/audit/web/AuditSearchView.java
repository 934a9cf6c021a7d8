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
import java.util.function.Function;
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

  /** A page of results; {@code names} gives the names of the accounts and people it shows. */
  static Results results(
      AuditPage page, AuditSearchForm form, Function<UUID, @Nullable String> names) {
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
        page.entries().stream().map(entry -> row(entry, names)).toList(),
        page.hasPrevious()
            ? new Pagination.Step(href(form, page.page() - 1), "Page " + (page.page() - 1))
            : null,
        page.hasNext()
            ? new Pagination.Step(href(form, page.page() + 1), "Page " + (page.page() + 1))
            : null);
  }

  private static Row row(AuditEntry entry, Function<UUID, @Nullable String> names) {
    return new Row(
        entry.when(),
        entry.isoTime(),
        AuditWords.action(entry.action()),
        label(entry.outcome()),
        switch (entry.outcome()) {
          case "success" -> "green";
          case "denied" -> "orange";
          default -> "red";
        },
        nameOrNull(entry.actor(), names),
        entry.actor() == null ? null : PATH + "?account=" + entry.actor(),
        AuditWords.role(entry.actorRole()),
        nameOrNull(entry.person(), names),
        entry.person() == null ? null : PATH + "?person=" + entry.person(),
        entry.details().entrySet().stream()
            .map(
                detail ->
                    new Detail(
                        AuditWords.detailKey(detail.getKey()),
                        AuditWords.detailValue(detail.getKey(), detail.getValue(), names)))
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

  /** The name an id stands for; the id itself when no module knows it (so it can be searched). */
  private static @Nullable String nameOrNull(
      @Nullable UUID id, Function<UUID, @Nullable String> names) {
    if (id == null) {
      return null;
    }
    String name = names.apply(id);
    return name == null ? id.toString() : name;
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
