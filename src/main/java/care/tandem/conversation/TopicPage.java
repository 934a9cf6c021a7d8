package care.tandem.conversation;

import care.tandem.system.components.Choice;
import java.util.List;

/** The page for starting a topic thread on a person's record. */
public record TopicPage(
    String personId,
    String personName,
    String href,
    String conversationHref,
    List<Choice> replyChoices) {}
