package care.tandem.directory.signposting;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The page where the person or a team member records what came of a signpost.
 *
 * @param latest the latest outcome in words ("It helped, recorded by Sam Taylor on 3 March 2026"),
 *     or null when none is recorded
 * @param changedElsewhere someone recorded an outcome while this page was open: the page shows
 *     theirs and asks to check before sending again
 */
public record OutcomePage(
    RecordHeader header,
    String serviceName,
    String reason,
    String action,
    String backHref,
    List<Choice> outcomes,
    String notSuitable,
    @Nullable String latest,
    boolean changedElsewhere) {}
