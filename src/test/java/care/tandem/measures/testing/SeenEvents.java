package care.tandem.measures.testing;

import care.tandem.measures.QuestionnaireSubmitted;
import care.tandem.measures.SafetyAnswerGiven;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Records the measures events published (from any thread), and can make the safety net fail for one
 * person, as a broken alert write would, to prove crisis support still shows.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeenEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final Set<UUID> safetyNetFailsFor = ConcurrentHashMap.newKeySet();

  @EventListener
  void on(SafetyAnswerGiven event) {
    if (safetyNetFailsFor.contains(event.person())) {
      throw new IllegalStateException("The safety net is broken for this test");
    }
    events.add(event);
  }

  @EventListener
  void on(QuestionnaireSubmitted event) {
    events.add(event);
  }

  /**
   * Makes the safety net fail for one person's answers only (other tests run at the same time), or
   * work again.
   */
  public void failSafetyNetFor(UUID person, boolean fail) {
    if (fail) {
      safetyNetFailsFor.add(person);
    } else {
      safetyNetFailsFor.remove(person);
    }
  }

  public long submitted(UUID response) {
    return events.stream()
        .filter(e -> e instanceof QuestionnaireSubmitted s && s.response().equals(response))
        .count();
  }

  public long safetyAnswers(UUID response) {
    return events.stream()
        .filter(e -> e instanceof SafetyAnswerGiven s && s.response().equals(response))
        .count();
  }

  public long submittedFor(UUID person) {
    return events.stream()
        .filter(e -> e instanceof QuestionnaireSubmitted s && s.person().equals(person))
        .count();
  }

  public long safetyAnswersFor(UUID person) {
    return events.stream()
        .filter(e -> e instanceof SafetyAnswerGiven s && s.person().equals(person))
        .count();
  }
}
