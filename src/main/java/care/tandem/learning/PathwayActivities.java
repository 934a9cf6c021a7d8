package care.tandem.learning;

import care.tandem.care.RecordAccess;
import java.util.List;

/** The steps of every pathway a person is on, for their shared plan. */
public interface PathwayActivities {

  /** For a record the caller may read (its access already checked and audited). */
  List<PathwayActivity> of(RecordAccess allowed);
}
