package care.tandem.conversation;

import java.util.List;

/**
 * What the demo people and their teams have written to each other (fictional), one class per
 * person, and the demo practitioners who write.
 */
final class DemoConversationStories {

  static final String PRIYA = "physio@demo.tandem";
  static final String ANA = "gp@demo.tandem";
  static final String JORDAN = "mentalhealth@demo.tandem";
  static final String TOM = "pain@demo.tandem";
  static final String GRACE = "volunteer@demo.tandem";

  private DemoConversationStories() {}

  static final List<DemoConversation> ALL =
      List.of(SamsConversation.STORY, AishasConversation.STORY, DenisesConversation.STORY);
}
