package care.tandem.learning.library;

/** A change started from a version someone else has since saved over: never a silent overwrite. */
class PieceChangedElsewhereException extends RuntimeException {

  PieceChangedElsewhereException() {
    super("The piece was changed by someone else");
  }
}
