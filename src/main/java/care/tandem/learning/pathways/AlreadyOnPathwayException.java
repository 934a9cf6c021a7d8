package care.tandem.learning.pathways;

/** The person is already on the pathway they were offered. */
class AlreadyOnPathwayException extends RuntimeException {

  AlreadyOnPathwayException() {
    super("Already on this pathway", null, false, false);
  }
}
