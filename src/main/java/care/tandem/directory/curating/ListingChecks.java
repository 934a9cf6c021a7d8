package care.tandem.directory.curating;

import care.tandem.directory.Position;
import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeCentroids;
import care.tandem.directory.PostcodeNotValidException;
import care.tandem.directory.TandemTaxonomy;
import care.tandem.system.form.FormView;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a posted listing form beyond what its annotations can: choices from our lists, website
 * shapes, ages, costs, the place and its postcode, and opening times. Every problem gets a message
 * in NHS content style; only a form with none becomes a {@link ListingDraft}.
 */
@Component
class ListingChecks {

  private final PostcodeCentroids centroids;

  ListingChecks(PostcodeCentroids centroids) {
    this.centroids = centroids;
  }

  /** The outcome: a draft to save, or the form with its errors to show again. */
  record Checked(@Nullable ListingDraft draft, FormView form) {
    boolean hasProblems() {
      return draft == null;
    }
  }

  Checked check(
      ListingForm form,
      BindingResult result,
      Collection<UUID> organisations,
      Collection<UUID> owners) {
    Map<String, String> errors = new LinkedHashMap<>();
    Text text = new Text(errors);
    ListingDraft.Organisation organisation = organisation(form, organisations, text);
    String name = text.line("name", form.name());
    String description = text.block("description", form.description());
    Optional<ListingStatus> status = ListingStatus.fromCode(form.status());
    if (status.isEmpty()) {
      errors.put("status", "Select whether the service is running");
    }
    String website = Values.website(form.website(), errors);
    String email = Values.trimmed(form.email());
    String phone = Values.phone(form.phone(), errors);
    Integer minimumAge = Values.age("minimumAge", form.minimumAge(), "Youngest age", errors);
    Integer maximumAge = Values.age("maximumAge", form.maximumAge(), "Oldest age", errors);
    if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
      errors.putIfAbsent("maximumAge", "Oldest age must be the same as or more than youngest age");
    }
    BigDecimal costAmount = null;
    if ("cost".equals(form.cost())) {
      costAmount = Values.amount(form.costAmount(), errors);
    } else if (!"free".equals(form.cost())) {
      errors.put("cost", "Select whether the service is free");
    }
    String costFor = costAmount == null ? null : text.optionalLine("costFor", form.costFor());
    List<UUID> needs = Values.terms(form.needs(), TandemTaxonomy.NEEDS_TERMS);
    if (needs.isEmpty()) {
      errors.put("needs", "Select what the service helps with");
    }
    List<UUID> delivery = Values.terms(form.delivery(), TandemTaxonomy.DELIVERY_TERMS);
    if (delivery.isEmpty()) {
      errors.put("delivery", "Select how people can use the service");
    }
    if (!"yes".equals(form.selfReferral()) && !"no".equals(form.selfReferral())) {
      errors.put("selfReferral", "Select whether people can refer themselves");
    }
    ListingDraft.Place place = place(form, delivery.contains(TandemTaxonomy.IN_PERSON), text);
    List<ListingDraft.Opening> openings = Values.openings(form, errors);
    List<String> languages = Values.languages(form.languages(), errors);
    String alert = text.optionalBlock("alert", form.alert());
    UUID owner = Values.uuid(form.owner());
    if (owner == null || !owners.contains(owner)) {
      errors.put("owner", "Select who looks after this listing");
    }
    FormView view = FormView.of(result);
    for (Map.Entry<String, String> error : errors.entrySet()) {
      if (!view.field(error.getKey()).hasError()) {
        view = view.withError(error.getKey(), error.getValue());
      }
    }
    if (view.hasErrors()) {
      return new Checked(null, view);
    }
    return new Checked(
        new ListingDraft(
            organisation,
            name,
            description,
            status.orElseThrow(),
            website,
            email,
            phone,
            minimumAge,
            maximumAge,
            costAmount,
            costFor,
            needs,
            delivery,
            "yes".equals(form.selfReferral()),
            place,
            openings,
            languages,
            alert,
            owner,
            form.checkedToday() != null && form.checkedToday().equals("yes")),
        view);
  }

  private static ListingDraft.Organisation organisation(
      ListingForm form, Collection<UUID> organisations, Text text) {
    if ("new".equals(form.organisation())) {
      String name = text.line("organisationName", form.organisationName());
      if (name.isEmpty()) {
        text.errors().putIfAbsent("organisationName", "Enter the name of the new organisation");
      }
      String description =
          text.optionalBlock("organisationDescription", form.organisationDescription());
      if (description == null) {
        text.errors()
            .putIfAbsent("organisationDescription", "Enter a description of the new organisation");
      }
      return ListingDraft.Organisation.named(name, description == null ? "" : description);
    }
    UUID id = Values.uuid(form.organisation());
    if (id == null || !organisations.contains(id)) {
      text.errors().put("organisation", "Select the organisation that runs the service");
      return ListingDraft.Organisation.named("", "");
    }
    return ListingDraft.Organisation.existing(id);
  }

  private ListingDraft.@Nullable Place place(ListingForm form, boolean inPerson, Text text) {
    String line1 = text.optionalLine("addressLine1", form.addressLine1());
    String line2 = text.optionalLine("addressLine2", form.addressLine2());
    String town = text.optionalLine("town", form.town());
    String county = text.optionalLine("county", form.county());
    String typed = Values.trimmed(form.postcode());
    boolean any = line1 != null || line2 != null || town != null || county != null || typed != null;
    Map<String, String> errors = text.errors();
    if (!any) {
      if (inPerson) {
        errors.put("addressLine1", "Enter the address people go to, or untick in person");
      }
      return null;
    }
    if (line1 == null) {
      errors.putIfAbsent("addressLine1", "Enter address line 1, typically the building and street");
    }
    if (town == null) {
      errors.putIfAbsent("town", "Enter the town or city");
    }
    if (county == null) {
      errors.putIfAbsent("county", "Enter the county");
    }
    Position position = null;
    Postcode postcode = null;
    if (typed == null) {
      errors.putIfAbsent("postcode", "Enter the postcode");
    } else {
      try {
        postcode = Postcode.parse(typed);
        position = centroids.find(postcode).orElse(null);
        if (position == null) {
          errors.putIfAbsent(
              "postcode", "We could not find this postcode. Check it and enter it again");
        }
      } catch (PostcodeNotValidException e) {
        errors.putIfAbsent("postcode", "Enter a full UK postcode, like LS1 4AP");
      }
    }
    if (line1 == null || town == null || county == null || postcode == null || position == null) {
      return null;
    }
    return new ListingDraft.Place(
        line1,
        line2,
        town,
        county,
        postcode,
        position,
        Values.terms(form.accessibility(), TandemTaxonomy.ACCESSIBILITY_TERMS));
  }

  /** Free text checks that put their messages in one map. */
  record Text(Map<String, String> errors) {

    /** A required single line: its problems are noted, and "" returned when it is missing. */
    String line(String field, @Nullable String value) {
      String trimmed = optionalLine(field, value);
      return trimmed == null ? "" : trimmed;
    }

    @Nullable String optionalLine(String field, @Nullable String value) {
      String trimmed = Values.trimmed(value);
      if (trimmed != null && trimmed.codePoints().anyMatch(Character::isISOControl)) {
        errors.putIfAbsent(field, "Enter text on one line, without special characters");
      }
      return trimmed;
    }

    String block(String field, @Nullable String value) {
      String trimmed = optionalBlock(field, value);
      return trimmed == null ? "" : trimmed;
    }

    @Nullable String optionalBlock(String field, @Nullable String value) {
      String trimmed = Values.trimmed(value);
      if (trimmed == null) {
        return null;
      }
      String normalised = trimmed.replace("\r\n", "\n");
      if (normalised
          .codePoints()
          .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
        errors.putIfAbsent(field, "Enter text without special characters");
      }
      return normalised;
    }
  }
}
