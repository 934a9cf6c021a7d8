package care.tandem.measures.results;

import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's outcome as NHS Talking Therapies judge it, on PHQ-9 and GAD-7 together ({@link
 * PairedRules}), and whether the person may be shown recovery words at all.
 *
 * <p>Pairs: a PHQ-9 and a GAD-7 sent within {@link #PAIRED_WITHIN} of each other, each used once,
 * in time order. The first pair is compared with the last; with fewer than two pairs, or only one
 * of the measures, nothing is claimed and the page says why.
 *
 * <p>Recovery words are withheld from the person while a safety answer (PHQ-9 question 9 above 0)
 * is <em>recent</em> — in their latest PHQ-9, sent or not, or given within {@link #RECENT} — or any
 * safety alert of theirs is not closed (hazard H9).
 */
@Component
class TalkingTherapiesOutcome {

  static final String PHQ9 = "phq-9";
  static final String GAD7 = "gad-7";

  /** Scores sent this close together count as taken at the same time. */
  static final Duration PAIRED_WITHIN = Duration.ofDays(7);

  /** A safety answer given this recently keeps recovery words from the person. */
  static final Duration RECENT = Duration.ofDays(28);

  private final Instruments instruments;
  private final JdbcClient jdbc;

  TalkingTherapiesOutcome(Instruments instruments, JdbcClient jdbc) {
    this.instruments = instruments;
    this.jdbc = jdbc;
  }

  /** What can be said about the course of care from these submitted responses. */
  sealed interface Judgement {}

  /** Only one of the two measures has been answered (or neither has a rule here). */
  record OnlyOne(String answered, String missing) implements Judgement {}

  /** Both measures, but fewer than two pairs taken at the same time. */
  record NotEnoughPairs() implements Judgement {}

  /** Judged from the first pair to the last. */
  record Judged(PairedRules.Outcome outcome, String firstDate, String lastDate)
      implements Judgement {}

  Optional<Judgement> judge(List<SubmittedResponse> all) {
    Optional<Instrument> phq9 = instruments.find(PHQ9);
    Optional<Instrument> gad7 = instruments.find(GAD7);
    if (phq9.isEmpty() || gad7.isEmpty() || !hasRules(phq9.get()) || !hasRules(gad7.get())) {
      return Optional.empty();
    }
    List<SubmittedResponse> phq = of(all, PHQ9);
    List<SubmittedResponse> gad = of(all, GAD7);
    if (phq.isEmpty() && gad.isEmpty()) {
      return Optional.empty();
    }
    String phqTitle = phq9.get().shortTitle();
    String gadTitle = gad7.get().shortTitle();
    if (gad.isEmpty()) {
      return Optional.of(new OnlyOne(phqTitle, gadTitle));
    }
    if (phq.isEmpty()) {
      return Optional.of(new OnlyOne(gadTitle, phqTitle));
    }
    List<SubmittedResponse[]> pairs = pairs(phq, gad);
    if (pairs.size() < 2) {
      return Optional.of(new NotEnoughPairs());
    }
    SubmittedResponse[] first = pairs.get(0);
    SubmittedResponse[] last = pairs.get(pairs.size() - 1);
    PairedRules.Outcome outcome =
        PairedRules.judge(
            measure(phq9.get()),
            measure(gad7.get()),
            new PairedRules.Pair(first[0].total(), first[1].total()),
            new PairedRules.Pair(last[0].total(), last[1].total()));
    return Optional.of(
        new Judged(outcome, CareDates.date(later(first)), CareDates.date(later(last))));
  }

  /**
   * Whether recovery words must be kept from the person: a recent safety answer, or an alert not
   * yet closed.
   */
  boolean withholdRecoveryWords(RecordAccess access) {
    Instant since = Instant.now().minus(RECENT);
    for (Instrument instrument : instruments.all()) {
      for (Instrument.Question question : instrument.questions()) {
        if (question.safetyAt() != null
            && recentSafetyAnswer(access, instrument.id(), question, since)) {
          return true;
        }
      }
    }
    return jdbc.sql(
            "select exists (select 1 from measures_alert where person_id = ? and status <> 'closed')")
        .param(access.person())
        .query(Boolean.class)
        .single();
  }

  private boolean recentSafetyAnswer(
      RecordAccess access, String instrument, Instrument.Question question, Instant since) {
    return jdbc.sql(
            """
            select exists (select 1 from measures_answer a
              join measures_response r on r.id = a.response_id
              where r.person_id = :person and r.instrument = :instrument
                and a.link_id = :link and a.value >= :at
                and (a.answered_at >= :since or r.id = (
                  select latest.id from measures_response latest
                  where latest.person_id = :person and latest.instrument = :instrument
                  order by latest.started_at desc, latest.id desc limit 1)))
            """)
        .param("person", access.person())
        .param("instrument", instrument)
        .param("link", question.linkId())
        .param("at", question.safetyAt())
        .param("since", java.sql.Timestamp.from(since))
        .query(Boolean.class)
        .single();
  }

  /** Each PHQ-9 with the nearest unused GAD-7 sent within a week of it, in time order. */
  static List<SubmittedResponse[]> pairs(List<SubmittedResponse> phq, List<SubmittedResponse> gad) {
    List<SubmittedResponse[]> pairs = new ArrayList<>();
    int from = 0;
    for (SubmittedResponse p : phq) {
      @Nullable Integer best = null;
      for (int i = from; i < gad.size(); i++) {
        Duration apart = Duration.between(p.submittedAt(), gad.get(i).submittedAt()).abs();
        if (apart.compareTo(PAIRED_WITHIN) <= 0
            && (best == null
                || apart.compareTo(
                        Duration.between(p.submittedAt(), gad.get(best).submittedAt()).abs())
                    < 0)) {
          best = i;
        }
      }
      if (best != null) {
        pairs.add(new SubmittedResponse[] {p, gad.get(best)});
        from = best + 1;
      }
    }
    return pairs;
  }

  private static Instant later(SubmittedResponse[] pair) {
    return pair[0].submittedAt().isAfter(pair[1].submittedAt())
        ? pair[0].submittedAt()
        : pair[1].submittedAt();
  }

  private static boolean hasRules(Instrument instrument) {
    return instrument.casenessAt() != null
        && instrument.reliableChange() != null
        && !instrument.higherIsBetter();
  }

  private static PairedRules.Measure measure(Instrument instrument) {
    return new PairedRules.Measure(instrument.casenessAt(), instrument.reliableChange());
  }

  private static List<SubmittedResponse> of(List<SubmittedResponse> all, String instrument) {
    return all.stream().filter(r -> r.instrument().equals(instrument)).toList();
  }
}
