package care.tandem.care.record;

import static care.tandem.system.Capability.CHANGE_IDENTITY_DETAILS;

import care.tandem.care.Capabilities;
import care.tandem.care.NhsNumberTakenException;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.HiddenFields;
import care.tandem.care.web.RecordHeaders;
import care.tandem.identity.StaleEditException;
import care.tandem.system.form.FormView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a person's details, by the person or their team. An edit started from an older version
 * shows both versions and saves nothing.
 */
@Controller
class PersonDetailsController {

  private final Capabilities access;
  private final People people;
  private final RecordHeaders headers;

  PersonDetailsController(Capabilities access, People people, RecordHeaders headers) {
    this.access = access;
    this.people = people;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/details")
  String startDetailsChange(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed =
        access.require(personId, viewer, CHANGE_IDENTITY_DETAILS, "person-details.viewed");
    Person person = people.person(allowed);
    return formPage(model, allowed, FormView.of(PersonForm.of(person)), null, null);
  }

  @PostMapping("/people/{personId}/details")
  String processDetailsChange(
      @PathVariable UUID personId,
      Authentication viewer,
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    int version = HiddenFields.version(form.version());
    PersonForm.Checked checked = form.check(CareDates.today());
    if (result.hasErrors() || checked.details() == null) {
      RecordAccess allowed =
          access.require(personId, viewer, CHANGE_IDENTITY_DETAILS, "person-details.viewed");
      return formPage(
          model,
          allowed,
          PersonForms.withErrors(result, checked.errors()),
          checked.dateError(),
          null);
    }
    try {
      people.change(personId, version, checked.details(), viewer);
    } catch (NhsNumberTakenException e) {
      RecordAccess allowed =
          access.require(personId, viewer, CHANGE_IDENTITY_DETAILS, "person-details.viewed");
      return formPage(
          model,
          allowed,
          FormView.of(result)
              .withError("nhsNumber", "Another person's record has this NHS number. Check it"),
          null,
          null);
    } catch (StaleEditException e) {
      RecordAccess allowed =
          access.require(personId, viewer, CHANGE_IDENTITY_DETAILS, "person-details.viewed");
      Person saved = people.person(allowed);
      PersonForm typed = withVersion(form, saved.version());
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return formPage(
          model,
          allowed,
          FormView.of(typed),
          null,
          new RecordPages.StaleDetails(
              PersonSummaries.details(saved.details(), null),
              PersonSummaries.details(checked.details(), null)));
    }
    redirect.addFlashAttribute(PeopleController.NOTICE, "Details saved");
    return "redirect:/people/" + personId;
  }

  /** What they typed, now starting from the saved version, so saving again is their choice. */
  private static PersonForm withVersion(PersonForm form, int version) {
    return new PersonForm(
        form.givenName(),
        form.familyName(),
        form.preferredName(),
        form.dateOfBirthDay(),
        form.dateOfBirthMonth(),
        form.dateOfBirthYear(),
        form.nhsNumber(),
        form.email(),
        form.phone(),
        form.addressLine1(),
        form.addressLine2(),
        form.town(),
        form.postcode(),
        form.contactMethods(),
        form.contactTimes(),
        form.accessibilityNeeds(),
        form.communicationNeeds(),
        String.valueOf(version),
        null);
  }

  private String formPage(
      Model model,
      RecordAccess allowed,
      FormView form,
      @Nullable String dateError,
      RecordPages.@Nullable StaleDetails stale) {
    String base = "/people/" + allowed.person();
    model.addAttribute(
        "page",
        new RecordPages.PersonFormPage(
            "Change details",
            base + "/details",
            "Save details",
            base,
            form,
            dateError,
            PersonForms.CONTACT_CHOICES,
            headers.of(allowed, base),
            stale));
    return "care/person-form";
  }
}
