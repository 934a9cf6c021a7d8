package care.tandem.measures.assigning;

/** Someone else ended or changed the assignment first; nothing was changed. */
public class AssignmentChangedException extends RuntimeException {

  public AssignmentChangedException() {
    super("The assignment was changed by someone else", null, false, false);
  }
}
