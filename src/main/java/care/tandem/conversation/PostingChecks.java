package care.tandem.conversation;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The checks on a message form that Bean Validation cannot make alone. */
final class PostingChecks {

  static final String NOT_ON_RECORD = "Select someone on the care team, or no one";

  private PostingChecks() {}

  /** Adds the length error, if the text as stored would be too long. */
  static void checkLength(@Nullable String text, BindingResult result) {
    if (!result.hasFieldErrors("text") && MessageText.isTooLong(text)) {
      result.rejectValue("text", "tooLong", MessageText.TOO_LONG);
    }
  }

  /**
   * The account asked to reply, if one was chosen. Something that is not an id at all is an error
   * on the field; whether the id is someone on the record is the service's to check.
   */
  static Optional<UUID> replyFrom(@Nullable String chosen, BindingResult result) {
    if (chosen == null || chosen.isBlank()) {
      return Optional.empty();
    }
    Optional<UUID> account = Ids.parse(chosen);
    if (account.isEmpty()) {
      result.rejectValue("replyFrom", "notOnRecord", NOT_ON_RECORD);
    }
    return account;
  }
}
