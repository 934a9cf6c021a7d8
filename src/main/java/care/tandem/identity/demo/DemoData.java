package care.tandem.identity.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo organisations, services and accounts (README lists them) before the server takes
 * requests. Idempotent: ids are derived from names, and rows that exist are left alone, so a
 * password changed during a demo stays changed.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

  static final String PASSWORD = "tandem-demo-2026";
  static final String DOMAIN = "demo.tandem";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  record DemoOrganisation(String name, String kind, List<DemoService> services) {}

  record DemoService(String name, String kind) {}

  record DemoAccount(
      String email,
      String name,
      String role,
      @Nullable String discipline,
      @Nullable String organisation,
      @Nullable String service) {}

  static final List<DemoOrganisation> ORGANISATIONS =
      List.of(
          new DemoOrganisation(
              "Northfield NHS Foundation Trust",
              "NHS_TRUST",
              List.of(
                  new DemoService("Riverside MSK Service", "MSK_PHYSIOTHERAPY"),
                  new DemoService("Northfield Talking Therapies", "TALKING_THERAPIES"),
                  new DemoService("Northfield Pain Management Service", "PAIN_SERVICE"))),
          new DemoOrganisation(
              "Oak Lane Surgery",
              "GP_PRACTICE",
              List.of(new DemoService("Oak Lane Surgery", "PRIMARY_CARE"))),
          new DemoOrganisation(
              "Hillside Wellbeing Garden",
              "CHARITY",
              List.of(new DemoService("Hillside Wellbeing Garden", "VOLUNTARY_SECTOR"))));

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("patient@demo.tandem", "Sam Taylor", "PATIENT", null, null, null),
          // Sam's partner, helping Sam with their consent (seeded by the care module's demo).
          new DemoAccount("carer@demo.tandem", "Chris Taylor", "CARER", null, null, null),
          new DemoAccount(
              "physio@demo.tandem",
              "Priya Shah",
              "PRACTITIONER",
              "PHYSIOTHERAPIST",
              "Northfield NHS Foundation Trust",
              "Riverside MSK Service"),
          new DemoAccount(
              "mentalhealth@demo.tandem",
              "Jordan Ellis",
              "PRACTITIONER",
              "MENTAL_HEALTH_PRACTITIONER",
              "Northfield NHS Foundation Trust",
              "Northfield Talking Therapies"),
          new DemoAccount(
              "gp@demo.tandem",
              "Dr Ana Costa",
              "PRACTITIONER",
              "GP",
              "Oak Lane Surgery",
              "Oak Lane Surgery"),
          new DemoAccount(
              "pain@demo.tandem",
              "Dr Tom Reid",
              "PRACTITIONER",
              "PAIN_SPECIALIST",
              "Northfield NHS Foundation Trust",
              "Northfield Pain Management Service"),
          new DemoAccount(
              "volunteer@demo.tandem",
              "Grace Okafor",
              "PRACTITIONER",
              "VOLUNTEER",
              "Hillside Wellbeing Garden",
              "Hillside Wellbeing Garden"),
          new DemoAccount(
              "lead@demo.tandem",
              "Helen Marsh",
              "SERVICE_LEAD",
              null,
              "Northfield NHS Foundation Trust",
              "Riverside MSK Service"),
          new DemoAccount(
              "admin@demo.tandem",
              "Alex Morgan",
              "ADMIN",
              null,
              "Northfield NHS Foundation Trust",
              null));

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final TransactionTemplate transaction;

  DemoData(JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> seed());
  }

  /** A stable id for a demo row, so the seed finds what an earlier start made. */
  static UUID idFor(String kind, String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
  }

  private void seed() {
    for (DemoOrganisation organisation : ORGANISATIONS) {
      jdbc.sql(
              """
              insert into organisation (id, name, kind, created_at, updated_at)
              values (?, ?, ?, now(), now()) on conflict do nothing
              """)
          .params(
              idFor("organisation", organisation.name()), organisation.name(), organisation.kind())
          .update();
      for (DemoService service : organisation.services()) {
        jdbc.sql(
                """
                insert into care_service (id, organisation_id, name, kind, created_at, updated_at)
                values (?, ?, ?, ?, now(), now()) on conflict do nothing
                """)
            .params(
                idFor("service", service.name()),
                idFor("organisation", organisation.name()),
                service.name(),
                service.kind())
            .update();
      }
    }
    String missing =
        ACCOUNTS.stream()
            .filter(account -> !exists(account.email()))
            .map(DemoAccount::email)
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    if (missing.isEmpty()) {
      return;
    }
    // One hash for all: demo accounts share a published password anyway, and each bcrypt costs
    // time.
    String hash = passwords.encode(PASSWORD);
    for (DemoAccount account : ACCOUNTS) {
      UUID id = idFor("account", account.email());
      int inserted =
          jdbc.sql(
                  """
                  insert into account (id, email, display_name, password_hash, role, discipline,
                    demo, created_at, updated_at)
                  values (?, ?, ?, ?, ?, ?, true, now(), now()) on conflict do nothing
                  """)
              .params(
                  id, account.email(), account.name(), hash, account.role(), account.discipline())
              .update();
      if (inserted == 1 && account.organisation() != null) {
        jdbc.sql("insert into account_organisation (account_id, organisation_id) values (?, ?)")
            .params(id, idFor("organisation", account.organisation()))
            .update();
      }
      if (inserted == 1 && account.service() != null) {
        jdbc.sql("insert into account_service (account_id, service_id) values (?, ?)")
            .params(id, idFor("service", account.service()))
            .update();
      }
    }
    log.info("Demo accounts added: {} (password {})", missing, PASSWORD);
  }

  private boolean exists(String email) {
    return jdbc.sql("select count(*) from account where lower(email) = lower(?)")
            .param(email)
            .query(Integer.class)
            .single()
        > 0;
  }
}
