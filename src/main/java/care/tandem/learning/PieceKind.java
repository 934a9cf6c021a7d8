package care.tandem.learning;

/** What a library piece is. */
public enum PieceKind {
  ARTICLE("Short read"),
  VIDEO("Video"),
  AUDIO("Audio"),
  LEAFLET("Leaflet to print"),
  ACTIVITY("Exercise or activity");

  private final String label;

  PieceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The front matter word for this kind: "article", "video" and so on. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
