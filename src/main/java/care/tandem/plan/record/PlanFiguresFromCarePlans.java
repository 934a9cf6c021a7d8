package care.tandem.plan.record;

import care.tandem.care.home.PlanFigures;
import care.tandem.plan.ActionDue;
import care.tandem.plan.CarePlans;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The practitioner home's "your actions due", from the care plan's public query across a list of
 * people. The list passed is the practitioner's own people ({@code CareAccess.peopleOnTeamsOf}).
 */
@Component
class PlanFiguresFromCarePlans implements PlanFigures {

  private final CarePlans plans;

  PlanFiguresFromCarePlans(CarePlans plans) {
    this.plans = plans;
  }

  @Override
  public Map<UUID, Integer> actionsDue(UUID account, Collection<UUID> people, LocalDate by) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (!people.isEmpty()) {
      for (ActionDue due : plans.actionsDueFor(account, people, by.plusDays(1))) {
        counts.merge(due.person(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
