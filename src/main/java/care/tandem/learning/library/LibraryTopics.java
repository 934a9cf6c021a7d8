package care.tandem.learning.library;

import java.util.LinkedHashMap;
import java.util.Map;

/** The library's topic codes and their labels, in the order they are offered (docs/learning.md). */
public final class LibraryTopics {

  public static final Map<String, String> ALL = topics();

  private LibraryTopics() {}

  public static String label(String code) {
    return ALL.getOrDefault(code, code);
  }

  private static Map<String, String> topics() {
    Map<String, String> topics = new LinkedHashMap<>();
    topics.put("pain-and-mood", "Pain and mood");
    topics.put("pacing", "Pacing and energy");
    topics.put("sleep", "Sleep");
    topics.put("flare-ups", "Flare-ups");
    topics.put("your-care-team", "Talking to your care team");
    topics.put("work-and-money", "Work and money");
    topics.put("moving", "Moving with pain");
    topics.put("treatments", "Physiotherapy and talking therapies");
    topics.put("help-now", "Getting help now");
    topics.put("practice", "For staff: practice and conversations");
    return java.util.Collections.unmodifiableMap(topics);
  }
}
