package care.tandem.identity.external;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identities at NHS login and NHS CIS2 and the accounts they sign in to. */
@Repository
class ExternalIdentityRepository {

  private final JdbcClient jdbc;

  ExternalIdentityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UUID> findAccount(Provider provider, String subject) {
    return jdbc.sql("select account_id from external_identity where provider = ? and subject = ?")
        .params(provider.name(), subject)
        .query(UUID.class)
        .optional();
  }

  Optional<String> assurance(Provider provider, UUID accountId) {
    return jdbc.sql(
            """
            select assurance from external_identity where provider = ? and account_id = ?
            order by last_signed_in_at desc limit 1
            """)
        .params(provider.name(), accountId)
        .query(String.class)
        .optional();
  }

  /** Records a sign-in: the first one adds the identity, later ones update it. */
  void signedIn(Provider provider, String subject, UUID accountId, String assurance) {
    jdbc.sql(
            """
            insert into external_identity (provider, subject, account_id, assurance,
              first_signed_in_at, last_signed_in_at)
            values (?, ?, ?, ?, now(), now())
            on conflict (provider, subject) do update
              set assurance = excluded.assurance, last_signed_in_at = now()
              where external_identity.account_id = excluded.account_id
            """)
        .params(provider.name(), subject, accountId, assurance)
        .update();
  }

  /** A person's account made by NHS login: no password, so never signed in with the form. */
  boolean insertPatientWithoutPassword(UUID id, String email, String displayName) {
    return jdbc.sql(
                """
                insert into account (id, email, display_name, password_hash, role,
                  created_at, updated_at)
                values (?, ?, ?, null, 'PATIENT', now(), now())
                on conflict do nothing
                """)
            .params(id, email, displayName)
            .update()
        == 1;
  }

  Optional<UUID> findByCis2UserId(String userId) {
    return jdbc.sql("select id from account where cis2_user_id = ?")
        .param(userId)
        .query(UUID.class)
        .optional();
  }

  Optional<UUID> findOrganisationByOdsCode(String odsCode) {
    return jdbc.sql("select id from organisation where ods_code = upper(?)")
        .param(odsCode)
        .query(UUID.class)
        .optional();
  }
}
