package care.tandem.care.home;

import care.tandem.care.NhsNumber;
import care.tandem.care.Person;
import care.tandem.care.PersonDetails;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a practitioner typed to find someone among their people: part of a name, or an NHS number
 * (with or without spaces). Blank finds everyone.
 */
record PeopleSearch(String typed) implements Predicate<Person> {

  static final int MAX_LENGTH = 100;

  PeopleSearch {
    typed = typed.strip();
  }

  boolean isBlank() {
    return typed.isEmpty();
  }

  @Override
  public boolean test(Person person) {
    if (typed.isEmpty()) {
      return true;
    }
    PersonDetails details = person.details();
    String digits = typed.replaceAll("[\\s-]", "");
    if (digits.matches("[0-9]+")) {
      NhsNumber number = details.nhsNumber();
      return number != null && number.digits().contains(digits);
    }
    String words = typed.toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    String names =
        (details.givenName()
                + " "
                + details.familyName()
                + " "
                + (details.preferredName() == null ? "" : details.preferredName())
                + " "
                + details.familyName()
                + ", "
                + details.givenName())
            .toLowerCase(Locale.UK);
    return names.contains(words);
  }
}
