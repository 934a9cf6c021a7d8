package care.tandem.directory.curating;

import care.tandem.system.form.FormView;

/**
 * The report a problem page, or its thank-you page once sent. It carries its own CSRF token: the
 * layout gives none to visitors who are not signed in (reading it creates a session), and this form
 * is for them too.
 */
public record ProblemReportPage(
    String serviceName,
    String serviceHref,
    String action,
    FormView form,
    boolean sent,
    String csrfParameter,
    String csrfToken) {}
