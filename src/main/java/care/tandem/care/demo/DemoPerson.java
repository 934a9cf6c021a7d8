package care.tandem.care.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One demo person's record as the seed writes it. Every detail is made up. */
record DemoPerson(
    String givenName,
    String familyName,
    @Nullable String preferredName,
    LocalDate dateOfBirth,
    String nhsNumber,
    @Nullable String accountEmail,
    Contact contact,
    String contactMethods,
    String contactTimes,
    String accessibilityNeeds,
    String communicationNeeds,
    AboutMeText aboutMe,
    List<Member> team) {

  String name() {
    return givenName + " " + familyName;
  }

  record Contact(String email, String phone, String addressLine1, String town, String postcode) {}

  record AboutMeText(
      String whatMatters,
      String workAndMoney,
      String caringDuties,
      String whatMakesWorse,
      String whatMakesBetter,
      String alreadyTried,
      String howToSpeakToMe) {}

  /** A team member by demo account email, with how many days ago they joined. */
  record Member(String email, String teamRole, boolean lead, int joinedDaysAgo) {}
}
