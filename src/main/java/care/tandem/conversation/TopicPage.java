package care.tandem.conversation;

import care.tandem.system.components.Choice;
import java.util.List;

/** The page for starting a topic thread on a person's record. */
public record TopicPage(
    String personId,
    String personName,
    String href,
    String conversationHref,
    List<Choice> replyChoices,
    boolean forThePerson) {

  /** Who can read and write in the topic, in words for whoever is reading. */
  public String whoCanRead() {
    return forThePerson
        ? "You and everyone on your care team"
        : personName + " and everyone on their care team";
  }
}
