package care.tandem.care.web;

import gg.jte.Content;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The top of every record page: who the record is about, the record's sections, and a warning while
 * someone reads it by break-glass.
 *
 * @param breakGlassUntil the time a break-glass grant ends ("5:15pm"), if the viewer is using one
 * @param warnings what other modules need every viewer of the record to see first ({@link
 *     RecordWarning}), such as an open safety alert
 */
public record RecordHeader(
    String personId,
    String name,
    String dateOfBirth,
    @Nullable String nhsNumber,
    List<Section> sections,
    @Nullable String breakGlassUntil,
    List<Content> warnings) {

  public RecordHeader {
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /** A link to one section of the record; {@code current} marks the page being shown. */
  public record Section(String label, String href, boolean current) {}

  /** The same header with {@code href} marked as the current section. */
  public RecordHeader at(String href) {
    return new RecordHeader(
        personId,
        name,
        dateOfBirth,
        nhsNumber,
        sections.stream()
            .map(
                section ->
                    new Section(section.label(), section.href(), section.href().equals(href)))
            .toList(),
        breakGlassUntil,
        warnings);
  }
}
