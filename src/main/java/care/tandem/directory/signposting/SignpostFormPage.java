package care.tandem.directory.signposting;

import care.tandem.system.components.Choice;
import java.util.List;

/**
 * The page that signposts someone to a service: a team member chooses one of their people, the
 * person adds it to their own plan.
 *
 * @param forThemself the person is signposting themself, so there is no one to choose
 * @param people the people whose care teams the viewer is on, to choose from
 */
public record SignpostFormPage(
    String serviceName,
    String serviceHref,
    String action,
    boolean forThemself,
    List<Choice> people) {

  public String heading() {
    return forThemself ? "Add this service to your plan" : "Signpost someone to this service";
  }
}
