package care.tandem.care.record;

import care.tandem.care.RecordAccess;
import gg.jte.Content;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The record sections other modules add, in order, for the record page and the person's home. */
@Component
public class RecordSections {

  private final ObjectProvider<RecordSection> sections;

  RecordSections(ObjectProvider<RecordSection> sections) {
    this.sections = sections;
  }

  /** The overview's sections that sit above the person's details. */
  List<Content> aboveDetails(RecordAccess access) {
    return render(ordered().filter(s -> s.order() < RecordSection.AFTER_TEAM_ORDER), access);
  }

  /** The overview's sections that sit after the care team. */
  List<Content> afterTeam(RecordAccess access) {
    return render(ordered().filter(s -> s.order() >= RecordSection.AFTER_TEAM_ORDER), access);
  }

  /** Every section in brief, for the person's own home page. */
  public List<Content> forPersonHome(RecordAccess access) {
    return ordered().flatMap(section -> section.forPersonHome(access).stream()).toList();
  }

  private Stream<RecordSection> ordered() {
    return sections.stream().sorted(Comparator.comparingInt(RecordSection::order));
  }

  private static List<Content> render(Stream<RecordSection> sections, RecordAccess access) {
    return sections.flatMap(section -> section.forRecord(access).stream()).toList();
  }
}
