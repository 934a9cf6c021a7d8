package care.tandem.learning.pathways;

import org.jspecify.annotations.Nullable;

/** A step to add, as posted: its kind, and the piece, questionnaire or words it needs. */
public record StepDraftForm(
    @Nullable String kind,
    @Nullable String piece,
    @Nullable String questionnaire,
    @Nullable String text) {

  static StepDraftForm blank() {
    return new StepDraftForm(null, null, null, null);
  }

  String ref(StepKind chosen) {
    String ref =
        switch (chosen) {
          case PIECE -> piece;
          case QUESTIONNAIRE -> questionnaire;
          default -> "";
        };
    return ref == null ? "" : ref.strip();
  }

  String words(StepKind chosen) {
    return chosen == StepKind.REFLECTION || chosen == StepKind.GOAL
        ? (text == null ? "" : text.strip())
        : "";
  }

  /** The field an error about this kind belongs to. */
  static String fieldFor(StepKind chosen) {
    return switch (chosen) {
      case PIECE -> "piece";
      case QUESTIONNAIRE -> "questionnaire";
      default -> "text";
    };
  }
}
