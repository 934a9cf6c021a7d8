package care.tandem.measures.testing;

import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A throw-away person for measures tests, with their own patient account, a mental health
 * practitioner leading their team, and a practitioner who is not on it.
 */
public final class MeasuresFixture {

  public final JdbcClient jdbc;
  public final Account practitioner;
  public final Account patient;
  public final Account stranger;
  public final UUID person;

  public MeasuresFixture(Accounts accounts, People people, JdbcClient jdbc) {
    this.jdbc = jdbc;
    TestAccounts made = new TestAccounts(accounts, jdbc);
    CareRecords records = new CareRecords(made, people, jdbc);
    this.practitioner = made.create(Role.PRACTITIONER, Discipline.MENTAL_HEALTH_PRACTITIONER);
    this.patient = made.create(Role.PATIENT, null);
    this.stranger = made.create(Role.PRACTITIONER, Discipline.PHYSIOTHERAPIST);
    this.person = records.personCaredForBy(practitioner);
    records.link(person, patient);
  }

  public int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
