package care.tandem.directory.curating;

import static care.tandem.directory.TandemTaxonomy.HEARING_LOOP;
import static care.tandem.directory.TandemTaxonomy.IN_PERSON;
import static care.tandem.directory.TandemTaxonomy.PAIN_SELF_MANAGEMENT;
import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static care.tandem.directory.TandemTaxonomy.STEP_FREE_ACCESS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A complete, valid listing form to post, and reads of what the ORUK tables then hold. */
final class ListingFormData {

  private final JdbcClient jdbc;
  private final UUID leadId;

  ListingFormData(JdbcClient jdbc, UUID leadId) {
    this.jdbc = jdbc;
    this.leadId = leadId;
  }

  Map<String, Object> listing(String name) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("organisation", "new");
    form.put("organisationName", "Newcastle Walkers");
    form.put("organisationDescription", "A walking charity.");
    form.put("name", name);
    form.put("description", "Gentle walks with people who understand.");
    form.put("status", "active");
    form.put("website", "https://walk.example.org");
    form.put("email", "hello@walk.example.org");
    form.put("phone", "01782 123456");
    form.put("minimumAge", "18");
    form.put("maximumAge", "99");
    form.put("cost", "cost");
    form.put("costAmount", "3.50");
    form.put("costFor", "per walk");
    form.put("needs", List.of(PEER_SUPPORT.toString(), PAIN_SELF_MANAGEMENT.toString()));
    form.put("delivery", List.of(IN_PERSON.toString()));
    form.put("selfReferral", "yes");
    form.put("addressLine1", "Queens Gardens");
    form.put("town", "Newcastle-under-Lyme");
    form.put("county", "Staffordshire");
    form.put("postcode", "st5 5bg");
    form.put("accessibility", List.of(STEP_FREE_ACCESS.toString(), HEARING_LOOP.toString()));
    form.put("tuesdayOpens", "9:30");
    form.put("tuesdayCloses", "11:00");
    form.put("saturdayOpens", "10:00");
    form.put("saturdayCloses", "12:00");
    form.put("languages", "English, Polish");
    form.put("alert", "No walks in August");
    form.put("owner", leadId.toString());
    form.put("checkedToday", "yes");
    form.put("idempotencyKey", UUID.randomUUID().toString());
    return form;
  }

  UUID serviceCalled(String name) {
    return jdbc.sql("select id from directory_service where name = ?")
        .param(name)
        .query(UUID.class)
        .single();
  }

  String organisationOf(UUID service) {
    return jdbc.sql(
            "select o.name from directory_organization o join directory_service s"
                + " on s.organization_id = o.id where s.id = ?")
        .param(service)
        .query(String.class)
        .single();
  }

  UUID organisationIdOf(UUID service) {
    return jdbc.sql("select organization_id from directory_service where id = ?")
        .param(service)
        .query(UUID.class)
        .single();
  }

  List<UUID> terms(UUID linkId, String entity) {
    return jdbc.sql(
            "select taxonomy_term_id from directory_attribute where link_id = ? and link_entity = ?")
        .params(linkId, entity)
        .query(UUID.class)
        .list();
  }

  List<String> column(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).list();
  }

  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
