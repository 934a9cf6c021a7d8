package care.tandem.care.home;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What the conversation knows about a list of people, for the practitioner's home: one query per
 * figure across the whole list. The conversation module implements it; while no module does, the
 * home page leaves these columns out.
 */
@NamedInterface("home")
public interface ConversationFigures {

  /** Messages in each person's conversation the reader has not read yet; absent means none. */
  Map<UUID, Integer> unread(UUID reader, Collection<UUID> people);

  /** Messages in each person's conversation awaiting a reply from the account. */
  Map<UUID, Integer> repliesAwaitedFrom(UUID account, Collection<UUID> people);
}
