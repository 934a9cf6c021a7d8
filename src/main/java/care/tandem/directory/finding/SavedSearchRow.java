package care.tandem.directory.finding;

/** One saved search in the list: its name, the search to open, and where to delete it. */
public record SavedSearchRow(String name, String href, String deleteAction) {}
