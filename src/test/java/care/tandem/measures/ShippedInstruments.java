package care.tandem.measures;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The instruments Tandem ships, read from their files, for fast tests outside this package. */
public final class ShippedInstruments {

  private static final Instruments SHIPPED = new InstrumentLibrary((@Nullable Path) null);

  private ShippedInstruments() {}

  public static Instruments all() {
    return SHIPPED;
  }
}
