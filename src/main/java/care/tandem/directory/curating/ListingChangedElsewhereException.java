package care.tandem.directory.curating;

/**
 * An edit or check started from a version someone else has since saved over. Never a silent
 * overwrite: the page shows what is saved now next to what was not saved.
 */
class ListingChangedElsewhereException extends RuntimeException {

  ListingChangedElsewhereException() {
    super("The listing was changed by someone else");
  }
}
