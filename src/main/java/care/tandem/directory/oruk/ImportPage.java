package care.tandem.directory.oruk;

import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the import page shows: any error with the upload, and the report of the last import. */
public record ImportPage(
    List<FormView.ErrorLink> errors, @Nullable String error, @Nullable ImportReport report) {}
