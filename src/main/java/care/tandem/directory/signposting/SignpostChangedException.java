package care.tandem.directory.signposting;

/** Someone else recorded an outcome for the signpost first; nothing was changed. */
class SignpostChangedException extends RuntimeException {

  SignpostChangedException() {
    super("The signpost was changed by someone else", null, false, false);
  }
}
