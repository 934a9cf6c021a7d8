package care.tandem.guide.plan;

import java.util.Set;

/**
 * What a guide page offers the viewer for their plan: a save button (practitioners and service
 * leads), a sign-in link (anyone not signed in), and which entries are saved already.
 */
public record PlanButtons(
    boolean signedIn, boolean canSave, Set<String> savedProblems, Set<String> savedSolutions) {

  static final PlanButtons NONE = new PlanButtons(true, false, Set.of(), Set.of());

  public boolean offerSignIn() {
    return !signedIn;
  }

  public boolean problemSaved(String id) {
    return savedProblems.contains(id);
  }

  public boolean solutionSaved(String id) {
    return savedSolutions.contains(id);
  }

  public String saveProblemAction(String id) {
    return "/guide/plan/problems/" + id;
  }

  public String saveSolutionAction(String id) {
    return "/guide/plan/solutions/" + id;
  }
}
