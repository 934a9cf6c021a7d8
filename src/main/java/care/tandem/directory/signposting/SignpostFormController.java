package care.tandem.directory.signposting;

import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordNotFoundException;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signposting from a service page: a team member chooses one of the people whose care team they are
 * on and says why; the person adds the service to their own plan. {@link CareAccess} decides, per
 * person, when the signpost is stored.
 */
@Controller
class SignpostFormController {

  private static final String PATH = "/directory/services/{id}/signpost";

  private final Signposts signposts;
  private final CareAccess access;
  private final People people;

  SignpostFormController(Signposts signposts, CareAccess access, People people) {
    this.signposts = signposts;
    this.access = access;
    this.people = people;
  }

  @GetMapping(PATH)
  String startSignposting(
      @PathVariable UUID id,
      @RequestParam(name = "person", required = false) @Nullable String person,
      Authentication viewer,
      Model model) {
    UUID service = id;
    String name = signposts.serviceName(service).orElseThrow(RecordNotFoundException::new);
    Optional<UUID> chosen = HiddenFields.optionalId(person);
    return page(model, service, name, viewer, FormView.of(SignpostForm.blank(chosen.orElse(null))));
  }

  @PostMapping(PATH)
  String processSignposting(
      @PathVariable UUID id,
      @ModelAttribute SignpostForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID service = id;
    String name = signposts.serviceName(service).orElseThrow(RecordNotFoundException::new);
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Optional<UUID> own = ownRecord(viewer);
    FormView checked = form.checked(own.isEmpty());
    if (checked.hasErrors()) {
      return page(model, service, name, viewer, checked);
    }
    UUID person = own.orElseGet(() -> form.chosenPerson().orElseThrow());
    signposts.signpost(person, service, form.reasonText(), key, viewer);
    redirect.addFlashAttribute(
        "banner", own.isPresent() ? "Added to your plan" : "Signposted to " + name);
    return "redirect:" + SignpostLinks.signposts(person);
  }

  private String page(
      Model model, UUID service, String name, Authentication viewer, FormView form) {
    Optional<UUID> own = ownRecord(viewer);
    List<Choice> choices = own.isPresent() ? List.of() : choices(viewer);
    model.addAttribute(
        "page",
        new SignpostFormPage(
            name,
            SignpostLinks.service(service),
            SignpostLinks.signpostForm(service),
            own.isPresent(),
            choices));
    model.addAttribute("form", form);
    return "directory/signposting/signpost";
  }

  /** The people whose care teams the viewer is on, by name, each with their date of birth. */
  private List<Choice> choices(Authentication viewer) {
    Map<UUID, Person> mine = people.findAll(access.peopleOnTeamsOf(account(viewer)));
    return mine.values().stream()
        .sorted(Comparator.comparing(Person::fullName))
        .map(
            person ->
                Choice.of(
                    person.id().toString(),
                    person.details().displayName(),
                    "Born " + CareDates.date(person.details().dateOfBirth())))
        .toList();
  }

  /** The viewer's own record, when they are the person (a patient signposts only themself). */
  private Optional<UUID> ownRecord(Authentication viewer) {
    boolean patient =
        viewer.getAuthorities().stream().anyMatch(a -> "ROLE_PATIENT".equals(a.getAuthority()));
    if (!patient) {
      return Optional.empty();
    }
    return Optional.of(access.personOf(account(viewer)).orElseThrow(RecordNotFoundException::new));
  }

  private static UUID account(Authentication viewer) {
    try {
      return UUID.fromString(viewer.getName());
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException();
    }
  }
}
