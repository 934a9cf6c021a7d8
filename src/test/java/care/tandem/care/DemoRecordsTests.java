package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ReadsTheDemoAsShipped;
import care.tandem.care.demo.DemoPeople;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullApplicationTest
@ReadsTheDemoAsShipped
class DemoRecordsTests {

  @Autowired JdbcClient jdbc;
  @Autowired People people;

  @Test
  void seedsThreeDemoPeopleWithValidNhsNumbersFromTheTestRange() {
    var found = people.findAll(DemoPeople.ALL);

    assertThat(found).hasSize(3);
    assertThat(found.values())
        .allSatisfy(
            person -> {
              assertThat(person.details().nhsNumber()).isNotNull();
              assertThat(person.details().nhsNumber().digits()).startsWith("999");
            });
    assertThat(found.get(DemoPeople.SAM_TAYLOR).fullName()).isEqualTo("Sam Taylor");
  }

  @Test
  void linksSamTaylorToTheDemoPatientAccount() {
    UUID account =
        jdbc.sql("select account_id from person where id = ?")
            .param(DemoPeople.SAM_TAYLOR)
            .query(UUID.class)
            .single();
    String email =
        jdbc.sql("select email from account where id = ?")
            .param(account)
            .query(String.class)
            .single();
    assertThat(email).isEqualTo("patient@demo.tandem");
  }

  @Test
  void everyDemoTeamSpansAtLeastTwoOrganisationsAndHasAboutMe() {
    for (UUID person : DemoPeople.ALL) {
      int organisations =
          jdbc.sql(
                  "select count(distinct organisation_id) from care_team_member"
                      + " where person_id = ? and left_at is null")
              .param(person)
              .query(Integer.class)
              .single();
      assertThat(organisations).as(person.toString()).isGreaterThanOrEqualTo(2);
      assertThat(
              jdbc.sql("select length(what_matters) from about_me where person_id = ?")
                  .param(person)
                  .query(Integer.class)
                  .single())
          .isPositive();
    }
  }
}
