package care.tandem.learning.pathways;

/** Someone else changed the pathway since the page was shown: nothing was changed. */
class PathwayChangedException extends RuntimeException {

  PathwayChangedException() {
    super("The pathway was changed by someone else", null, false, false);
  }
}
