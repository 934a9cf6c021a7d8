package care.tandem.system.components;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders one precompiled component the way a page would, for markup tests. */
final class Render {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Render() {}

  static String component(String name, Map<String, ?> params) {
    StringOutput output = new StringOutput();
    ENGINE.render("components/" + name + ".jte", Map.<String, Object>copyOf(params), output);
    return output.toString();
  }

  /** Caller-supplied HTML, as a page passes a content block. */
  static Content html(String html) {
    return output -> output.writeContent(html);
  }
}
