package care.tandem.principles;

/** A principle as a link: its number, title and one-sentence summary. */
public record PrincipleSummary(String id, int number, String title, String summary) {

  public String href() {
    return "/principles/" + id;
  }
}
