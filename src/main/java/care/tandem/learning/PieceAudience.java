package care.tandem.learning;

/** Who a library piece is written for. */
public enum PieceAudience {
  PEOPLE("People living with pain"),
  STAFF("Staff and volunteers"),
  BOTH("Everyone");

  private final String label;

  PieceAudience(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
