package care.tandem.care.joining;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The page for each thing that stops someone joining, in plain words, with its status code. */
final class JoinProblems {

  private JoinProblems() {}

  static String show(
      Joining.Problem problem, Model model, jakarta.servlet.http.HttpServletResponse response) {
    JoiningPages.ProblemPage page =
        switch (problem) {
          case UNKNOWN ->
              new JoiningPages.ProblemPage(
                  "This code or link does not work",
                  List.of(
                      "Check the code is typed as it is written in your letter or email.",
                      "If it still does not work, ask your care team to send you a new invitation."),
                  "/join",
                  "Type the code again");
          case EXPIRED ->
              new JoiningPages.ProblemPage(
                  "This invitation has expired",
                  List.of(
                      "Invitations work for a limited time, to keep your record safe.",
                      "Ask your care team to send you a new one."),
                  null,
                  null);
          case USED ->
              new JoiningPages.ProblemPage(
                  "This invitation has already been used",
                  List.of(
                      "Each invitation works once.",
                      "If you have joined already, sign in to see your record."),
                  "/my-record",
                  "Go to your record");
          case WITHDRAWN ->
              new JoiningPages.ProblemPage(
                  "This invitation no longer works",
                  List.of(
                      "Your care team withdrew it or sent you a newer one.",
                      "Use the newest letter or email you have, or ask your care team."),
                  null,
                  null);
          case LOCKED ->
              new JoiningPages.ProblemPage(
                  "This invitation is locked",
                  List.of(
                      "The date of birth did not match our records too many times.",
                      "Nothing has been linked to your account. Your care team has been told and"
                          + " can send you a new invitation."),
                  null,
                  null);
          case THROTTLED ->
              new JoiningPages.ProblemPage(
                  "Too many codes tried",
                  List.of(
                      "To keep records safe, you need to wait before trying another code.",
                      "Try again in an hour, or ask your care team for help."),
                  null,
                  null);
          case HAS_RECORD ->
              new JoiningPages.ProblemPage(
                  "You already have a care record",
                  List.of("Your account is already linked to your care record."),
                  "/my-record",
                  "Go to your record");
          case NOT_A_PERSON ->
              new JoiningPages.ProblemPage(
                  "This is for people receiving care",
                  List.of(
                      "You are signed in with an account that is not for a person receiving care.",
                      "Sign out, then open the invitation again."),
                  null,
                  null);
        };
    response.setStatus(status(problem).value());
    model.addAttribute("page", page);
    return "care/joining/problem";
  }

  private static HttpStatus status(Joining.Problem problem) {
    return switch (problem) {
      case UNKNOWN -> HttpStatus.NOT_FOUND;
      case EXPIRED, USED, WITHDRAWN, LOCKED -> HttpStatus.GONE;
      case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
      case HAS_RECORD, NOT_A_PERSON -> HttpStatus.CONFLICT;
    };
  }
}
