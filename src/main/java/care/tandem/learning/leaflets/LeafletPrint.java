package care.tandem.learning.leaflets;

import java.util.Locale;

/**
 * The two prints of a leaflet: normal print on two sides of A4, and large print (17 point text, as
 * many sides as it needs).
 *
 * @param bodyPoints the text sizes to try, largest first: normal print takes the first that fits
 *     the leaflet on {@code pageLimit} sides
 */
public enum LeafletPrint {
  NORMAL(new double[] {11, 10.5, 10, 9.5}, 2, ""),
  LARGE(new double[] {17}, 0, "-large-print");

  private final double[] bodyPoints;
  private final int pageLimit;
  private final String fileSuffix;

  LeafletPrint(double[] bodyPoints, int pageLimit, String fileSuffix) {
    this.bodyPoints = bodyPoints;
    this.pageLimit = pageLimit;
    this.fileSuffix = fileSuffix;
  }

  /** From the page's {@code size} query parameter: "large", or anything else for normal print. */
  public static LeafletPrint of(String size) {
    return "large".equals(size.toLowerCase(Locale.ROOT)) ? LARGE : NORMAL;
  }

  double[] bodyPoints() {
    return bodyPoints.clone();
  }

  /** How many sides the leaflet should fit on, or 0 for as many as it needs. */
  int pageLimit() {
    return pageLimit;
  }

  String fileName(String slug) {
    return slug + fileSuffix + ".pdf";
  }
}
