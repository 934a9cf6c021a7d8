package care.tandem.conversation;

/**
 * The account named to reply is not the person or a current member of their team (or is the
 * author). The form says so; nothing is posted.
 */
class ReplyNotAllowedException extends RuntimeException {

  ReplyNotAllowedException() {
    super("Not someone on this record", null, false, false);
  }
}
