package care.tandem.measures.demo;

import care.tandem.care.demo.DemoPeople;
import care.tandem.care.web.CareDates;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.Score;
import care.tandem.measures.Scorer;
import care.tandem.measures.results.CompletedOnTimeline;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a few months of PHQ-9 and GAD-7 results for two demo people, so the results pages and
 * charts show something in a demo. Answers are stored item by item and scored by the real {@link
 * Scorer}; none answers a safety question above 0. Each response has a fixed id, so a restart adds
 * nothing twice. Demo profile only.
 */
@Component
@Profile("demo")
class DemoResults extends DemoSeeding {

  private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The questionnaire Sam has started and not finished. */
  private static final String UNFINISHED = "phq-4";

  /** How many days ago each result was submitted, oldest first. */
  private static final List<Integer> DAYS_AGO = List.of(150, 122, 94, 66, 38, 10);

  /** Each story: person, instrument, the totals aimed at (oldest first). */
  record Story(UUID person, String instrument, List<Integer> totals) {}

  static final List<Story> STORIES =
      List.of(
          new Story(DemoPeople.SAM_TAYLOR, "phq-9", List.of(18, 16, 13, 11, 9, 7)),
          new Story(DemoPeople.SAM_TAYLOR, "gad-7", List.of(12, 11, 9, 9, 6)),
          new Story(DemoPeople.AISHA_RAHMAN, "gad-7", List.of(16, 15, 13, 14, 11, 10)),
          new Story(DemoPeople.AISHA_RAHMAN, "phq-9", List.of(9, 10, 8, 8)));

  private final Instruments instruments;
  private final Scorer scorer;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CompletedOnTimeline timeline;

  DemoResults(
      Instruments instruments,
      Scorer scorer,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      CompletedOnTimeline timeline) {
    super(ABOUT_PEOPLE);
    this.instruments = instruments;
    this.scorer = scorer;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.timeline = timeline;
  }

  @Override
  protected void seedDemo() {
    LocalDate today = LocalDate.now(CareDates.UK_TIME);
    for (Story story : STORIES) {
      instruments
          .find(story.instrument())
          .ifPresent(
              instrument ->
                  transaction.executeWithoutResult(status -> seed(story, instrument, today)));
    }
    instruments
        .find(UNFINISHED)
        .ifPresent(
            instrument ->
                transaction.executeWithoutResult(status -> seedUnfinished(instrument, today)));
  }

  /**
   * Sam started a PHQ-4 yesterday and answered half of it, so the demo shows "Continue" and the
   * question pages to Sam, and "See answers so far" (never a way to change them) to the team.
   */
  private void seedUnfinished(Instrument instrument, LocalDate today) {
    UUID person = DemoPeople.SAM_TAYLOR;
    UUID account = exists(person) ? accountOf(person) : null;
    if (account == null) {
      return;
    }
    UUID id =
        UUID.nameUUIDFromBytes(
            ("tandem-demo:measures:" + person + ":" + UNFINISHED + ":unfinished")
                .getBytes(StandardCharsets.UTF_8));
    Instant started =
        today.minusDays(1).atTime(LocalTime.of(19, 40)).atZone(CareDates.UK_TIME).toInstant();
    int inserted =
        jdbc.sql(
                """
                insert into measures_response (id, person_id, instrument, status, started_by,
                  started_at) values (?, ?, ?, 'in-progress', ?, ?)
                on conflict (id) do nothing
                """)
            .params(id, person, instrument.id(), account, Timestamp.from(started))
            .update();
    if (inserted == 0) {
      return;
    }
    instrument.scoredQuestions().stream()
        .limit(2)
        .forEach(
            question ->
                jdbc.sql(
                        """
                        insert into measures_answer (response_id, link_id, value, answered_at,
                          answered_by) values (?, ?, ?, ?, ?)
                        """)
                    .params(
                        id,
                        question.linkId(),
                        question.options().get(1).value(),
                        Timestamp.from(started),
                        account)
                    .update());
    log.info("Demo unfinished {} written for {}", instrument.shortTitle(), person);
  }

  private void seed(Story story, Instrument instrument, LocalDate today) {
    if (!exists(story.person())) {
      return;
    }
    UUID account = accountOf(story.person());
    int offset = DAYS_AGO.size() - story.totals().size();
    int added = 0;
    for (int i = 0; i < story.totals().size(); i++) {
      UUID id = idFor(story, i);
      Instant at =
          today
              .minusDays(DAYS_AGO.get(offset + i))
              .atTime(LocalTime.of(10, 15))
              .atZone(CareDates.UK_TIME)
              .toInstant();
      Map<String, Integer> answers = DemoAnswers.totalling(instrument, story.totals().get(i));
      Score score = scorer.score(instrument, answers);
      if (store(id, story.person(), instrument, account, at, score, answers)) {
        timeline.on(
            new QuestionnaireSubmitted(id, story.person(), instrument.id(), at, account, score));
        added++;
      }
    }
    if (added > 0) {
      log.info("Demo {} results written for {}", instrument.shortTitle(), story.person());
    }
  }

  private boolean store(
      UUID id,
      UUID person,
      Instrument instrument,
      @Nullable UUID account,
      Instant at,
      Score score,
      Map<String, Integer> answers) {
    Instant started = at.minus(6, ChronoUnit.MINUTES);
    int inserted =
        jdbc.sql(
                """
                insert into measures_response (id, person_id, instrument, status, started_by,
                  started_at, submitted_by, submitted_at, total, band, caseness, subscales)
                values (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (id) do nothing
                """)
            .params(
                id,
                person,
                instrument.id(),
                account,
                Timestamp.from(started),
                account,
                Timestamp.from(at),
                score.total(),
                score.band().code(),
                score.caseness(),
                JSON.writeValueAsString(score.subscales()))
            .update();
    if (inserted == 0) {
      return false;
    }
    answers.forEach(
        (linkId, value) ->
            jdbc.sql(
                    """
                    insert into measures_answer (response_id, link_id, value, answered_at,
                      answered_by) values (?, ?, ?, ?, ?)
                    """)
                .params(id, linkId, value, Timestamp.from(started), account)
                .update());
    return true;
  }

  private boolean exists(UUID person) {
    return jdbc.sql("select count(*) from person where id = ?")
            .param(person)
            .query(Integer.class)
            .single()
        > 0;
  }

  private @Nullable UUID accountOf(UUID person) {
    return jdbc
        .sql("select account_id from person where id = ?")
        .param(person)
        .query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
        .list()
        .stream()
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  static UUID idFor(Story story, int index) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:measures:" + story.person() + ":" + story.instrument() + ":" + index)
            .getBytes(StandardCharsets.UTF_8));
  }
}
