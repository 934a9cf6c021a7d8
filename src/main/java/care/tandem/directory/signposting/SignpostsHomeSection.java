package care.tandem.directory.signposting;

import care.tandem.care.RecordAccess;
import care.tandem.care.home.HomeSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On the person's home page: services they were pointed to with no outcome yet, each linking to
 * "tell us how it went". On a practitioner's home page: a link to the signposts to follow up, with
 * how many are waiting.
 */
@Component
class SignpostsHomeSection implements HomeSection {

  private final Signposts signposts;
  private final TemplateEngine templates;
  private final int followUpWeeks;

  SignpostsHomeSection(
      Signposts signposts,
      TemplateEngine templates,
      @Value("${tandem.directory.signpost-follow-up-weeks:4}") int followUpWeeks) {
    this.signposts = signposts;
    this.templates = templates;
    this.followUpWeeks = followUpWeeks;
  }

  @Override
  public int order() {
    return TO_DO_ORDER + 50;
  }

  @Override
  public Optional<Content> forPerson(RecordAccess access) {
    if (!access.isThePerson()) {
      return Optional.empty();
    }
    List<OpenSignpost> open =
        signposts.all(access).stream()
            .filter(Signpost::open)
            .map(
                signpost ->
                    new OpenSignpost(
                        signpost.serviceName(),
                        SignpostLinks.outcome(access.person(), signpost.id())))
            .toList();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        output ->
            templates.render(
                "directory/signposting/home-person.jte", Map.of("open", open), output));
  }

  @Override
  public Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    int waiting = signposts.waitingLongerThan(account, Duration.ofDays(7L * followUpWeeks)).size();
    Map<String, Object> params = Map.of("waiting", waiting, "weeks", followUpWeeks);
    return Optional.of(
        output -> templates.render("directory/signposting/home-practitioner.jte", params, output));
  }
}
