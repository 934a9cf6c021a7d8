package care.tandem.identity.external;

import care.tandem.system.form.FormView;

/** The page where an admin sets a CIS2 user id or an ODS code. */
public record Cis2IdPage(
    String caption,
    String heading,
    String intro,
    String label,
    String hint,
    FormView form,
    String action,
    String backHref) {}
