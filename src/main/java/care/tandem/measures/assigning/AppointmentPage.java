package care.tandem.measures.assigning;

import care.tandem.care.web.RecordHeader;

/**
 * The page where a team member sets the next appointment for a questionnaire asked for before
 * appointments, so it is due again a few days before it.
 */
public record AppointmentPage(
    RecordHeader header, String action, String backHref, String questionnaire) {}
