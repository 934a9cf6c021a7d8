package care.tandem.conversation.record;

import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import care.tandem.conversation.Conversations;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The conversation's section of the record, after the care team: where it is and what waits for the
 * viewer there. Counts only, never text.
 */
@Component
class ConversationOnRecord implements RecordSection {

  private final Conversations conversations;
  private final TemplateEngine templates;

  ConversationOnRecord(Conversations conversations, TemplateEngine templates) {
    this.conversations = conversations;
    this.templates = templates;
  }

  @Override
  public int order() {
    return AFTER_TEAM_ORDER;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    return section("conversation/parts/recordSection.jte", access);
  }

  @Override
  public Optional<Content> forPersonHome(RecordAccess access) {
    return section("conversation/parts/homeSection.jte", access);
  }

  private Optional<Content> section(String template, RecordAccess access) {
    UUID person = access.person();
    List<UUID> record = List.of(person);
    RecordConversation conversation =
        new RecordConversation(
            "/people/" + person + "/conversation",
            conversations.unreadCounts(access.account(), record).getOrDefault(person, 0),
            conversations.awaitingReplyFrom(access.account(), record).size());
    Map<String, Object> params =
        template.endsWith("recordSection.jte")
            ? Map.of("conversation", conversation, "forThePerson", access.isThePerson())
            : Map.of("conversation", conversation);
    return Optional.of(output -> templates.render(template, params, output));
  }
}
