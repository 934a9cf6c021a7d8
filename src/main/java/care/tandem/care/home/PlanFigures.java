package care.tandem.care.home;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What the care plans say about a list of people, for the practitioner's home: one query across the
 * whole list. The plan module implements it; while no module does, the home page leaves the column
 * out.
 */
@NamedInterface("home")
public interface PlanFigures {

  /** Open actions assigned to the account in each person's plan, due on or before {@code by}. */
  Map<UUID, Integer> actionsDue(UUID account, Collection<UUID> people, LocalDate by);
}
