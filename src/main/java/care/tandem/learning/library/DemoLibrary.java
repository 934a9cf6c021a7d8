package care.tandem.learning.library;

import care.tandem.learning.PieceAudience;
import care.tandem.learning.PieceKind;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's library: one piece written in the app by the demo service lead, in two versions (so
 * the edit and history pages have something to show), and one piece in Sam's library. Demo profile
 * only; left alone once there.
 */
@Component
@Profile("demo")
class DemoLibrary extends DemoSeeding {

  static final String SLUG = "planning-a-good-day";

  private final PieceEditing editing;
  private final WrittenPieces written;
  private final SavedPieces saved;

  DemoLibrary(PieceEditing editing, WrittenPieces written, SavedPieces saved) {
    super(ABOUT_PEOPLE);
    this.editing = editing;
    this.written = written;
    this.saved = saved;
  }

  @Override
  protected void seedDemo() {
    if (written.find(SLUG).isPresent()) {
      return;
    }
    LibraryEditor lead = new LibraryEditor(account("lead"), "SERVICE_LEAD");
    PieceDraft first = draft("Plan a day that has room for rest and for things you enjoy.");
    editing.create(SLUG, null, first, UUID.randomUUID(), lead);
    editing.change(
        SLUG,
        1,
        draft("Plan a day with room for rest, and for things you enjoy."),
        UUID.randomUUID(),
        lead);
    saved.save(account("patient"), "pain-and-mood");
  }

  private static PieceDraft draft(String summary) {
    return new PieceDraft(
        "Planning a good day",
        summary,
        PieceKind.ACTIVITY,
        PieceAudience.PEOPLE,
        List.of("pacing"),
        5,
        "Written by the Tandem team from the Q Lab findings.",
        LocalDate.of(2027, 12, 1),
        """
        ## What to do

        1. Take a piece of paper and draw three boxes: morning, afternoon and evening.
        2. In each box, write one thing you need to do.
        3. Add one thing you enjoy, even a small one.
        4. Add a short rest after each busy part.

        ## Look back at the end of the day

        Think about what went well. Change one small thing for tomorrow if you need to.
        """,
        null,
        null,
        true);
  }

  /** The id the identity module's demo seed gives the demo account {@code name}@demo.tandem. */
  private static UUID account(String name) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:account:" + name + "@demo.tandem").getBytes(StandardCharsets.UTF_8));
  }
}
