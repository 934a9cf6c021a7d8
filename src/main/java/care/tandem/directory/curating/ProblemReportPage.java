package care.tandem.directory.curating;

import care.tandem.system.form.FormView;

/** The report a problem page, or its thank-you page once sent. */
public record ProblemReportPage(
    String serviceName, String serviceHref, String action, FormView form, boolean sent) {}
