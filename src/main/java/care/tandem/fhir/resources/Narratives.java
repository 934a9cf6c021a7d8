package care.tandem.fhir.resources;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable summary FHIR recommends every resource carries (constraint dom-6), built from
 * the same data as the resource: one paragraph per line, as text nodes, so nothing in the record
 * can become markup.
 */
final class Narratives {

  private Narratives() {}

  static Narrative of(List<String> lines) {
    XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
    div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
    lines.forEach(line -> div.addTag("p").addText(line));
    return new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
  }
}
