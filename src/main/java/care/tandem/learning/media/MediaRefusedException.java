package care.tandem.learning.media;

/** A file the media store will not keep, with a reason a person can act on. */
public class MediaRefusedException extends RuntimeException {

  public MediaRefusedException(String reasonForPeople) {
    super(reasonForPeople);
  }
}
