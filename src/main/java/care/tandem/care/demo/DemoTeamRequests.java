package care.tandem.care.demo;

import care.tandem.identity.ServiceSummary;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo team requests: Sam's physiotherapist brought in talking therapies (accepted, Jordan Ellis
 * joined); Aisha's physiotherapist has asked talking therapies and is waiting, so a newcomer can
 * accept it as Jordan Ellis.
 */
final class DemoTeamRequests {

  private DemoTeamRequests() {}

  static void seed(
      JdbcClient jdbc,
      UUID person,
      DemoPerson story,
      Function<String, UUID> accountId,
      Function<String, Optional<ServiceSummary>> serviceOf) {
    Optional<ServiceSummary> talkingTherapies = serviceOf.apply("mentalhealth@demo.tandem");
    if (talkingTherapies.isEmpty()) {
      return;
    }
    UUID physio = accountId.apply("physio@demo.tandem");
    UUID jordan = accountId.apply("mentalhealth@demo.tandem");
    UUID service = talkingTherapies.get().id();
    if (story == DemoStories.SAM) {
      jdbc.sql(
              """
              insert into team_request (id, person_id, kind, requested_by, to_service_id, question,
                status, joined_account_id, decided_by, decided_at, created_at)
              values (?, ?, 'BRING_IN_COLLEAGUE', ?, ?, ?, 'ACCEPTED', ?, ?,
                now() - interval '21 days', now() - interval '23 days')
              on conflict do nothing
              """)
          .params(
              DemoRecords.stableId("request", "sam-talking-therapies"),
              person,
              physio,
              service,
              "Sam's low mood is holding back his rehab: he stops moving when he is low. Could"
                  + " someone from talking therapies join us and help us plan this together?",
              jordan,
              jordan)
          .update();
    } else if (story == DemoStories.AISHA) {
      jdbc.sql(
              """
              insert into team_request (id, person_id, kind, requested_by, to_service_id, question,
                status, created_at)
              values (?, ?, 'BRING_IN_COLLEAGUE', ?, ?, ?, 'OPEN', now() - interval '2 days')
              on conflict do nothing
              """)
          .params(
              DemoRecords.stableId("request", "aisha-talking-therapies"),
              person,
              physio,
              service,
              "Aisha has panic attacks when driving and when her neck flares, and nightmares"
                  + " about the crash. Could talking therapies see her and join her team?")
          .update();
    }
  }
}
