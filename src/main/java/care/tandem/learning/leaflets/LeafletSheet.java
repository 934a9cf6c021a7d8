package care.tandem.learning.leaflets;

/**
 * A leaflet shaped for its print template.
 *
 * @param bodyHtml the leaflet's text as HTML, from Markdown with any HTML in it escaped
 * @param bodyPoints the text size in points; headings and the footer are sized from it
 * @param footer where the facts come from and when the leaflet is next checked
 */
public record LeafletSheet(
    String title,
    String summary,
    String bodyHtml,
    double bodyPoints,
    boolean largePrint,
    String footer) {

  /** The CSS for the body's text size, as {@code font-size: 11pt}. */
  public String bodyStyle() {
    return "font-size: " + bodyPoints + "pt";
  }
}
