package care.tandem.measures.answering;

/**
 * A submitted response.
 *
 * @param justNow true when this call submitted it; false when it was submitted already (a double
 *     submit, or the browser's back button), in which case nothing was stored or published
 */
public record Submission(Response response, boolean justNow) {}
