package care.tandem.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The start page for one viewer: the things they can do, which depend on their role. */
public record HomePage(boolean signedIn, List<Task> tasks) {

  /** Something the viewer can do, shown as a card linking to it. */
  public record Task(String title, String href, String description) {}

  static HomePage forViewer(Authentication viewer, boolean signedIn) {
    List<String> roles =
        viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    List<Task> tasks = new ArrayList<>();
    tasks.add(
        new Task(
            "Practitioner guide",
            "/guide",
            "Common problems, ideas that have helped, and examples from real services."));
    tasks.add(
        new Task(
            "Service principles",
            "/principles",
            "Five things that matter to people who live with pain and mental health problems."));
    if (roles.contains("ROLE_PRACTITIONER") || roles.contains("ROLE_SERVICE_LEAD")) {
      tasks.add(
          new Task(
              "Your improvement plan",
              "/guide/plan",
              "The problems and ideas you saved, with your notes and dates."));
    }
    if (roles.contains("ROLE_ADMIN")) {
      tasks.add(
          new Task(
              "Organisations, services and accounts",
              "/admin",
              "Add and change the people and teams who use Tandem."));
      tasks.add(
          new Task(
              "Audit log",
              "/admin/audit",
              "See who did what and when, and check the log has not been changed."));
    }
    if (signedIn) {
      tasks.add(new Task("Change your password", "/account/password", "Choose a new password."));
    }
    return new HomePage(signedIn, List.copyOf(tasks));
  }
}
