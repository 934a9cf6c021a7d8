package care.tandem.directory.finding;

import care.tandem.directory.Postcode;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Link;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.Field;
import care.tandem.system.form.FormView;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Shapes a search request and what it found into the page's {@link SearchView}. */
final class SearchViews {

  static final String PATH = "/directory";

  private SearchViews() {}

  static SearchView of(
      SearchRequest request,
      @Nullable SearchPage found,
      @Nullable PostcodePlace place,
      boolean signedIn) {
    Map<String, String> errors = request.errors();
    List<FormView.ErrorLink> links = new ArrayList<>();
    errors.forEach((field, message) -> links.add(new FormView.ErrorLink(message, "#" + field)));
    SearchCriteria criteria = request.criteria();
    boolean searched = found != null && errors.isEmpty();
    int total = found == null ? 0 : found.total();
    String title =
        !request.asked()
            ? "Find support"
            : searched ? "Services found (" + total + ")" : "Find support";
    Postcode suggestion = place == null ? null : place.suggestion();
    String suggestionHref =
        suggestion == null
            ? null
            : PATH + "?" + criteria.withPostcode(suggestion).withPage(1).toQuery();
    List<ResultView> results =
        searched ? found.services().stream().map(ResultView::of).toList() : List.of();
    return new SearchView(
        title,
        links,
        form(request),
        request.asked(),
        searched,
        total,
        countText(total, criteria, found),
        results,
        browseByNeed(),
        suggestionHref,
        suggestion == null ? null : "Search near " + suggestion.display() + " instead",
        place != null && place.isFound() && place.terminated() && place.postcode() != null
            ? place.postcode().display()
                + " is an old postcode that is no longer used. We searched near where it was."
            : null,
        searched && found.hasPrevious() ? step(criteria, criteria.page() - 1) : null,
        searched && found.hasNext() ? step(criteria, criteria.page() + 1) : null,
        searched && found.pageCount() > 1 && !found.beyondLastPage()
            ? pages(criteria, found.pageCount())
            : List.of(),
        found != null && found.beyondLastPage() && total > 0
            ? PATH + "?" + criteria.withPage(found.pageCount()).toQuery()
            : null,
        criteria.withPage(1).toQuery(),
        signedIn && searched && total > 0);
  }

  private static String countText(int total, SearchCriteria criteria, @Nullable SearchPage found) {
    if (found == null || total == 0) {
      return "";
    }
    String services = total == 1 ? "1 service" : total + " services";
    if (found.pageCount() == 1 || found.beyondLastPage()) {
      return services + " found";
    }
    int first = criteria.offset() + 1;
    int last = Math.min(total, criteria.offset() + SearchCriteria.PAGE_SIZE);
    return services + " found. Showing " + first + " to " + last + ".";
  }

  private static Pagination.Step step(SearchCriteria criteria, int page) {
    return new Pagination.Step(PATH + "?" + criteria.withPage(page).toQuery(), "Page " + page);
  }

  /** First, last, and the pages either side of this one, with ellipses between. */
  static List<Pagination.Page> pages(SearchCriteria criteria, int count) {
    List<Pagination.Page> pages = new ArrayList<>();
    int current = criteria.page();
    int previous = 0;
    for (int number = 1; number <= count; number++) {
      if (number == 1 || number == count || Math.abs(number - current) <= 1) {
        if (number - previous > 1) {
          pages.add(Pagination.Page.ellipsis());
        }
        pages.add(
            Pagination.Page.of(
                number, PATH + "?" + criteria.withPage(number).toQuery(), number == current));
        previous = number;
      }
    }
    return pages;
  }

  private static SearchView.Form form(SearchRequest request) {
    Map<String, String> errors = request.errors();
    return new SearchView.Form(
        field(request, "need", "need", errors),
        field(request, "q", "q", errors),
        field(request, "postcode", "postcode", errors),
        withinField(request, errors),
        field(request, "free", "free", errors),
        field(request, "age", "age", errors),
        field(request, "day", "day", errors),
        field(request, "delivery", "delivery", errors),
        field(request, "language", "language", errors),
        field(request, "access", "access", errors),
        field(request, "selfReferral", "self-referral", errors),
        choices(DirectoryTerm.Kind.NEED),
        SearchCriteria.OFFERED_DISTANCES.stream()
            .map(km -> Choice.of(km.toString(), "Within " + km + " km"))
            .toList(),
        days(),
        choices(DirectoryTerm.Kind.DELIVERY),
        choices(DirectoryTerm.Kind.ACCESS));
  }

  private static Field field(
      SearchRequest request, String id, String name, Map<String, String> errors) {
    return new Field(id, name, request.typed(name), errors.get(id));
  }

  private static Field withinField(SearchRequest request, Map<String, String> errors) {
    List<String> typed = request.typed("within");
    List<String> shown =
        typed.isEmpty() || typed.get(0).isBlank()
            ? List.of(Integer.toString(SearchCriteria.DEFAULT_WITHIN_KM))
            : typed;
    return new Field("within", "within", shown, errors.get("within"));
  }

  private static List<Choice> choices(DirectoryTerm.Kind kind) {
    return DirectoryTerm.of(kind).stream()
        .map(term -> Choice.of(term.code(), term.label()))
        .toList();
  }

  private static List<Choice> days() {
    List<Choice> days = new ArrayList<>();
    days.add(Choice.of("", "Any day"));
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(
          Choice.of(
              day.name().toLowerCase(Locale.UK), day.getDisplayName(TextStyle.FULL, Locale.UK)));
    }
    return days;
  }

  private static List<Link> browseByNeed() {
    return DirectoryTerm.of(DirectoryTerm.Kind.NEED).stream()
        .map(term -> new Link(term.label(), PATH + "?need=" + term.code()))
        .toList();
  }
}
