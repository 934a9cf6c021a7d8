package care.tandem.directory;

import java.util.UUID;

/** Signposting figures for one service, for the directory's practitioner view. */
public interface SignpostCounts {

  SignpostStatistics forService(UUID serviceId);
}
