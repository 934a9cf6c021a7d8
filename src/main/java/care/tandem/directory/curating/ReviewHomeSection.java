package care.tandem.directory.curating;

import care.tandem.care.home.HomeSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * On a service lead's home page (service leads edit the directory): how many listings are waiting
 * for review, linking to the queue. Nothing when the queue is empty.
 */
@Component
class ReviewHomeSection implements HomeSection {

  private final ReviewQueue queue;
  private final TemplateEngine templates;

  ReviewHomeSection(ReviewQueue queue, TemplateEngine templates) {
    this.queue = queue;
    this.templates = templates;
  }

  @Override
  public int order() {
    return TO_DO_ORDER + 50;
  }

  @Override
  public Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    if (!serviceLead) {
      return Optional.empty();
    }
    int waiting = queue.count(LocalDate.now(Listings.LONDON));
    if (waiting == 0) {
      return Optional.empty();
    }
    Map<String, Object> params = Map.of("waiting", waiting);
    return Optional.of(
        output -> templates.render("directory/curating/home-review.jte", params, output));
  }
}
