package care.tandem.care.record;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.NhsNumberTakenException;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.TeamRequests;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.identity.Created;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.Capability;
import care.tandem.system.form.FormView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's people, and starting care for someone new. */
@Controller
class PeopleController {

  static final String NOTICE = "notice";
  private static final String NHS_NUMBER_TAKEN =
      "Someone with this NHS number already has a record. Ask their care team to bring you in";

  private final CareAccess access;
  private final People people;
  private final TeamRequests requests;
  private final StaffDirectory staff;

  PeopleController(CareAccess access, People people, TeamRequests requests, StaffDirectory staff) {
    this.access = access;
    this.people = people;
    this.requests = requests;
    this.staff = staff;
  }

  @GetMapping("/people")
  String showPeople(Authentication viewer, Model model) {
    UUID account = UUID.fromString(viewer.getName());
    Map<UUID, Person> mine = people.findAll(access.peopleOnTeamsOf(account));
    List<RecordPages.PersonRow> rows =
        mine.values().stream()
            .map(
                person ->
                    new RecordPages.PersonRow(
                        person.details().displayName(),
                        CareDates.date(person.details().dateOfBirth()),
                        person.details().nhsNumber() == null
                            ? "Not given"
                            : person.details().nhsNumber().formatted(),
                        "/people/" + person.id()))
            .toList();
    model.addAttribute(
        "page",
        new RecordPages.PeoplePage(
            rows,
            requests.awaitingDecisionBy(account).size(),
            Capabilities.allows(viewer, Capability.START_A_RECORD),
            notice(model)));
    return "care/people";
  }

  @GetMapping("/people/new")
  String startPerson(Authentication viewer, Model model) {
    return formPage(model, FormView.of(PersonForm.blank()), null);
  }

  @PostMapping("/people/new")
  String processNewPerson(
      Authentication viewer,
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID key = HiddenFields.id(form.idempotencyKey());
    PersonForm.Checked checked = form.check(CareDates.today());
    if (result.hasErrors() || checked.details() == null) {
      return formPage(model, PersonForms.withErrors(result, checked.errors()), checked.dateError());
    }
    UUID account = UUID.fromString(viewer.getName());
    StaffMember me =
        staff
            .find(account)
            .filter(member -> Capabilities.allows(viewer, Capability.START_A_RECORD))
            .orElseThrow(() -> new ActionNotAllowedException("Only practitioners start care"));
    try {
      Created created = people.startCare(checked.details(), me.jobTitle(), key, viewer);
      redirect.addFlashAttribute(NOTICE, "Record started. You are on the care team as its lead");
      return "redirect:/people/" + created.id();
    } catch (NhsNumberTakenException e) {
      return formPage(model, FormView.of(result).withError("nhsNumber", NHS_NUMBER_TAKEN), null);
    }
  }

  private String formPage(Model model, FormView form, @Nullable String dateError) {
    model.addAttribute(
        "page",
        new RecordPages.PersonFormPage(
            "Add a person",
            "/people/new",
            "Add person",
            "/people",
            form,
            dateError,
            PersonForms.CONTACT_CHOICES,
            null,
            null));
    return "care/person-form";
  }

  static @Nullable String notice(Model model) {
    return model.getAttribute(NOTICE) instanceof String text ? text : null;
  }
}
