package care.tandem.care.home;

import care.tandem.care.NhsNumber;
import care.tandem.care.PersonDetails;
import care.tandem.care.timeline.EntryView;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Link;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import gg.jte.Content;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Shapes a practitioner's or service lead's home page from their list of people. */
@Component
class PractitionerHome {

  static final String PATH = "/home";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MyPeople myPeople;
  private final WaitingRequests requests;
  private final ObjectProvider<HomeSection> sections;

  PractitionerHome(
      MyPeople myPeople, WaitingRequests requests, ObjectProvider<HomeSection> sections) {
    this.myPeople = myPeople;
    this.requests = requests;
    this.sections = sections;
  }

  /**
   * @param search the search as sent; with an error, no list is shown
   */
  PractitionerHomeView of(UUID account, MyPeopleForm form, FormView search, boolean serviceLead) {
    MyPeople.Columns columns = myPeople.columns();
    List<Choice> sorts =
        Arrays.stream(PeopleSort.values())
            .filter(sort -> !sort.needsConversation() || columns.conversation())
            .filter(sort -> sort != PeopleSort.ACTIONS || columns.plan())
            .map(sort -> Choice.of(sort.value(), sort.label()))
            .toList();
    List<Link> links =
        serviceLead
            ? List.of(
                new Link("Practitioner guide", "/guide"),
                new Link("Service principles", "/principles"),
                new Link("Your improvement plan", "/guide/plan"))
            : List.of(new Link("Practitioner guide", "/guide"));
    String heading = serviceLead ? "Your home" : "Your people";
    if (search.hasErrors()) {
      return new PractitionerHomeView(
          heading,
          search,
          sorts,
          columns.conversation(),
          columns.plan(),
          List.of(),
          "Correct the search to see your people",
          true,
          null,
          null,
          requests.of(account),
          links,
          sectionsFor(account, serviceLead));
    }
    PeopleSort sort = form.peopleSort();
    PeopleSearch typed = form.peopleSearch();
    MyPeople.Listing listing = myPeople.list(account, typed, sort, form.pageNumber());
    return new PractitionerHomeView(
        heading,
        FormView.of(new MyPeopleForm(typed.typed(), sort.value(), null)),
        sorts,
        columns.conversation(),
        columns.plan(),
        listing.rows().stream().map(PractitionerHome::line).toList(),
        summary(listing, typed),
        listing.everyone() > 0,
        listing.page() > 1 ? step(typed, sort, listing.page() - 1) : null,
        listing.page() < listing.pages() ? step(typed, sort, listing.page() + 1) : null,
        requests.of(account),
        links,
        sectionsFor(account, serviceLead));
  }

  private List<Content> sectionsFor(UUID account, boolean serviceLead) {
    return sections.stream()
        .sorted(Comparator.comparingInt(HomeSection::order))
        .flatMap(section -> section.forPractitioner(account, serviceLead).stream())
        .toList();
  }

  private static PractitionerHomeView.PersonLine line(MyPeople.Row row) {
    PersonDetails details = row.person().details();
    NhsNumber number = details.nhsNumber();
    String href = "/people/" + row.person().id();
    return new PractitionerHomeView.PersonLine(
        details.fullName()
            + (details.preferredName() == null ? "" : " (" + details.preferredName() + ")"),
        href,
        href + "/timeline",
        number == null ? null : number.formatted(),
        DATE.format(details.dateOfBirth()),
        row.latest() == null ? "Nothing yet" : EntryView.when(row.latest()),
        row.unread(),
        row.repliesAwaited(),
        row.actionsDue());
  }

  private static String summary(MyPeople.Listing listing, PeopleSearch search) {
    if (listing.everyone() == 0) {
      return "You are not on anyone's care team yet";
    }
    if (listing.matching() == 0) {
      return "None of your people match your search";
    }
    int first = (listing.page() - 1) * MyPeople.PAGE_SIZE + 1;
    int last = first + listing.rows().size() - 1;
    String people = listing.matching() == 1 ? " person" : " people";
    return "Showing "
        + first
        + " to "
        + last
        + " of "
        + listing.matching()
        + people
        + (search.isBlank() ? "" : " matching your search");
  }

  private static Pagination.Step step(PeopleSearch search, PeopleSort sort, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
    if (!search.isBlank()) {
      uri.queryParam("search", search.typed());
    }
    if (sort != PeopleSort.NAME) {
      uri.queryParam("sort", sort.value());
    }
    return new Pagination.Step(
        uri.queryParam("page", page).encode().build().toUriString(), "Page " + page);
  }
}
