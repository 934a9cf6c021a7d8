package care.tandem.directory.signposting;

import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.web.CareDates;
import care.tandem.system.form.FormView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signposts to follow up: those with no outcome after some weeks, for the people whose care teams
 * the viewer is on, so a signpost is not forgotten once made. The number of weeks comes from {@code
 * tandem.directory.signpost-follow-up-weeks} (4 unless set) and can be changed on the page.
 */
@Controller
class FollowUpController {

  static final int MAX_WEEKS = 52;

  private final Signposts signposts;
  private final People people;
  private final int defaultWeeks;

  FollowUpController(
      Signposts signposts,
      People people,
      @Value("${tandem.directory.signpost-follow-up-weeks:4}") int defaultWeeks) {
    this.signposts = signposts;
    this.people = people;
    this.defaultWeeks = defaultWeeks;
  }

  @GetMapping("/signposts")
  String showFollowUp(
      @RequestParam(name = "weeks", required = false) @Nullable String weeks,
      Authentication viewer,
      Model model) {
    Integer chosen = weeks(weeks);
    int used = chosen == null ? defaultWeeks : chosen;
    FormView form =
        FormView.of(new WeeksFilter(chosen == null && weeks != null ? weeks : "" + used));
    if (weeks != null && chosen == null) {
      form = form.withError("weeks", "Enter a number of weeks from 0 to " + MAX_WEEKS);
    }
    UUID account = UUID.fromString(viewer.getName());
    List<Signpost> waiting = signposts.waitingLongerThan(account, Duration.ofDays(7L * used));
    Map<UUID, Person> names = people.findAll(waiting.stream().map(Signpost::person).toList());
    Instant now = Instant.now();
    model.addAttribute(
        "page",
        new FollowUpPage(
            used,
            waiting.stream()
                .map(
                    signpost ->
                        new FollowUpPage.Line(
                            names.containsKey(signpost.person())
                                ? names.get(signpost.person()).details().displayName()
                                : "Unknown",
                            signpost.serviceName(),
                            CareDates.date(signpost.signpostedAt()),
                            age(signpost.signpostedAt(), now),
                            SignpostLinks.outcome(signpost.person(), signpost.id())))
                .toList()));
    model.addAttribute("form", form);
    return "directory/signposting/follow-up";
  }

  /** The weeks asked for, or null if none or not a whole number from 0 to 52. */
  static @Nullable Integer weeks(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value < 0 || value > MAX_WEEKS ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String age(Instant since, Instant now) {
    long weeks = Duration.between(since, now).toDays() / 7;
    if (weeks < 1) {
      return "Less than a week";
    }
    return weeks + (weeks == 1 ? " week" : " weeks");
  }

  /** The page's one filter, as typed. */
  record WeeksFilter(String weeks) {}
}
