package care.tandem.learning.media;

import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The library editors' media page: any error with an upload, the file just added, and the files
 * stored, newest first.
 */
public record MediaLibraryPage(
    List<FormView.ErrorLink> errors,
    @Nullable String error,
    @Nullable StoredFile added,
    List<StoredFile> files,
    String largest) {

  /** One stored file, shaped for the table. */
  public record StoredFile(
      String name, String kind, String size, String added, String addedBy, String href) {}
}
