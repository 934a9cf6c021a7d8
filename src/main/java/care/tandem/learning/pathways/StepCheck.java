package care.tandem.learning.pathways;

import care.tandem.learning.Library;
import care.tandem.learning.Piece;
import care.tandem.measures.Instruments;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What makes a step sound, wherever one comes from (a shipped file or the build page): a piece for
 * people that the library has, a questionnaire Tandem can ask, or a question or goal of a sensible
 * length.
 */
@Component
class StepCheck {

  static final int LONGEST_TEXT = 300;

  private final Library library;
  private final Instruments instruments;

  StepCheck(Library library, Instruments instruments) {
    this.library = library;
    this.instruments = instruments;
  }

  /** What is wrong with the step, in words for the person building the pathway, if anything. */
  Optional<String> problem(StepKind kind, String ref, String text) {
    return switch (kind) {
      case PIECE ->
          library.find(ref).filter(Piece::forPeople).isPresent()
              ? Optional.empty()
              : Optional.of("Select a piece from the library");
      case QUESTIONNAIRE ->
          instruments.find(ref).isPresent()
              ? Optional.empty()
              : Optional.of("Select a questionnaire");
      case REFLECTION, GOAL ->
          text.isBlank()
              ? Optional.of(
                  kind == StepKind.GOAL ? "Enter the small goal" : "Enter the question to ask")
              : text.length() > LONGEST_TEXT
                  ? Optional.of("The text must be " + LONGEST_TEXT + " characters or fewer")
                  : Optional.empty();
      case CHECK_IN -> Optional.empty();
    };
  }

  /** The step's title as the person and the team see it. */
  String title(PathwayStep step) {
    return switch (step.kind()) {
      case PIECE -> library.find(step.ref()).map(Piece::title).orElse("A piece to read");
      case QUESTIONNAIRE ->
          "Fill in a questionnaire: "
              + instruments.find(step.ref()).map(i -> i.shortTitle()).orElse(step.ref());
      case REFLECTION -> "Think about: " + step.text();
      case GOAL -> "A small goal: " + step.text();
      case CHECK_IN -> "Check in: how are your pain and mood?";
    };
  }
}
