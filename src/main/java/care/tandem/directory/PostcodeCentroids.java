package care.tandem.directory;

import java.util.Optional;

/** Where a postcode is: its centroid from the ONS Postcode Directory, if we have it. */
public interface PostcodeCentroids {

  /** Empty when the postcode is not in the directory (never existed, or not yet imported). */
  Optional<Position> find(Postcode postcode);
}
