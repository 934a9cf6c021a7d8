package care.tandem.measures;

import java.util.List;
import java.util.Optional;

/**
 * Every instrument this deployment can ask: the ones shipped (PHQ-9, GAD-7, PHQ-4, our pain pair)
 * and any from the deployer's licensed pack, all validated when the application starts.
 */
public interface Instruments {

  /** All of them, in the order they are offered. */
  List<Instrument> all();

  /** The instrument with this id, or empty for an id nobody knows. */
  Optional<Instrument> find(String id);
}
