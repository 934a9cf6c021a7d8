package care.tandem.learning.pathways;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a person's pathway stands on its pace, and the rules that move it: one new step each time
 * the pace comes round, never while paused or snoozed; "this is too much" goes one pace slower (and
 * waits the longer gap) or pauses; "not now" snoozes for {@link #SNOOZE}. Every rule takes the time
 * it runs at, so tests pass in their own.
 *
 * @param pace null until the person chooses one (nothing is released before)
 * @param nextReleaseAt when the next step comes, or null for "when I'm ready"
 */
record Pacing(
    @Nullable Pace pace,
    boolean paused,
    @Nullable Instant snoozedUntil,
    @Nullable Instant nextReleaseAt) {

  static final Duration SNOOZE = Duration.ofDays(3);

  static Pacing notChosen() {
    return new Pacing(null, false, null, null);
  }

  /** The person chose a pace (again): the step after the one released now comes one gap later. */
  Pacing choose(Pace chosen, Instant now) {
    return new Pacing(chosen, false, snoozedUntil, after(chosen, now));
  }

  /** Whether the next step is due at {@code now}, with {@code released} of {@code total} out. */
  boolean due(Instant now, int released, int total) {
    return pace != null
        && !paused
        && released < total
        && nextReleaseAt != null
        && !now.isBefore(nextReleaseAt)
        && (snoozedUntil == null || !now.isBefore(snoozedUntil));
  }

  /** A step was released at {@code now}: the next one comes one gap later. */
  Pacing released(Instant now) {
    return new Pacing(pace, paused, snoozedUntil, pace == null ? null : after(pace, now));
  }

  /** "This is too much": one pace slower, counted from now. */
  Pacing slower(Instant now) {
    Pace slower = pace == null ? Pace.WHEN_READY : pace.slower();
    return new Pacing(slower, false, snoozedUntil, after(slower, now));
  }

  /** "This is too much, pause it": nothing more comes until the person carries on. */
  Pacing pause() {
    return new Pacing(pace, true, snoozedUntil, nextReleaseAt);
  }

  /** Carrying on after a pause: the next step one gap from now. */
  Pacing resume(Instant now) {
    return pace == null ? this : new Pacing(pace, false, null, after(pace, now));
  }

  /** "Not now": nothing new, and no reminder, for three days. */
  Pacing notNow(Instant now) {
    Instant until = now.plus(SNOOZE);
    Instant next = nextReleaseAt == null || nextReleaseAt.isBefore(until) ? until : nextReleaseAt;
    return new Pacing(pace, paused, until, pace == Pace.WHEN_READY ? nextReleaseAt : next);
  }

  /** Whether the person is snoozing at {@code now}. */
  boolean snoozing(Instant now) {
    return snoozedUntil != null && now.isBefore(snoozedUntil);
  }

  /** Whether a step released at {@code released} and not opened is overdue by {@code after}. */
  static boolean stalled(Instant released, @Nullable Instant opened, Instant now, Duration after) {
    return opened == null && !now.isBefore(released.plus(after));
  }

  private static @Nullable Instant after(Pace pace, Instant now) {
    return pace.gap().map(now::plus).orElse(null);
  }
}
