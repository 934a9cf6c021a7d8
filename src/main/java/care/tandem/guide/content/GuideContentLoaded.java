package care.tandem.guide.content;

/**
 * The stored guide was replaced. Anything shaped from the stored guide and kept in memory is stale.
 */
public record GuideContentLoaded() {}
