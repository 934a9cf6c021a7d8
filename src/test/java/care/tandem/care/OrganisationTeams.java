package care.tandem.care;

import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.organisation.OrganisationKind;
import care.tandem.identity.organisation.Organisations;
import java.util.Set;
import java.util.UUID;

/**
 * Throw-away organisations, practitioners who work in them, and people whose teams they are on: for
 * tests of what an organisation's connected systems may reach.
 */
public class OrganisationTeams {

  private final Organisations organisations;
  private final Accounts accounts;
  private final TestAccounts testAccounts;
  private final People people;

  public OrganisationTeams(
      Organisations organisations, Accounts accounts, TestAccounts testAccounts, People people) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.testAccounts = testAccounts;
    this.people = people;
  }

  public UUID organisation() {
    return organisations
        .create(
            "Test organisation " + UUID.randomUUID(),
            OrganisationKind.NHS_TRUST,
            UUID.randomUUID(),
            testAccounts.admin())
        .id();
  }

  /** A practitioner who belongs to the organisation (and to no service). */
  public Account practitionerIn(UUID organisation, Discipline discipline) {
    UUID id =
        accounts
            .create(
                "test-" + UUID.randomUUID() + "@example.org",
                new AccountDetails(
                    "Test " + discipline.label(),
                    Role.PRACTITIONER,
                    discipline,
                    Set.of(organisation),
                    Set.of()),
                TestAccounts.PASSWORD,
                UUID.randomUUID(),
                testAccounts.admin())
            .id();
    return accounts.find(id).orElseThrow();
  }

  /** A new person whose care the practitioner started, with an NHS number in the test range. */
  public UUID personCaredForBy(Account practitioner) {
    return people
        .startCare(
            CareRecords.details(CareRecords.newNhsNumber()),
            "Lead practitioner",
            UUID.randomUUID(),
            CareRecords.as(practitioner))
        .id();
  }
}
