package care.tandem.measures.assigning;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import java.util.List;

/** The page where a team member asks the person to complete a questionnaire. */
public record AssignPage(
    RecordHeader header,
    String action,
    String backHref,
    List<Choice> instruments,
    List<Choice> schedules,
    int daysBeforeAppointment) {}
