package care.tandem.learning.media;

import care.tandem.care.home.HomeSection;
import care.tandem.system.Capability;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * On the home page of those who keep the library (service leads): how many media files are stored,
 * linking to the page where they are added.
 */
@Component
class MediaHomeSection implements HomeSection {

  private final MediaRows rows;
  private final TemplateEngine templates;

  MediaHomeSection(MediaRows rows, TemplateEngine templates) {
    this.rows = rows;
    this.templates = templates;
  }

  @Override
  public int order() {
    return TO_DO_ORDER + 60;
  }

  @Override
  public Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    if (!serviceLead
        || !Capability.EDIT_LIBRARY.holders().contains(Capability.Holder.SERVICE_LEAD)) {
      return Optional.empty();
    }
    Map<String, Object> params = Map.of("stored", rows.count());
    return Optional.of(output -> templates.render("learning/media/home-media.jte", params, output));
  }
}
