package care.tandem.identity.sessions;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.signin.SessionDevice;
import care.tandem.identity.signin.TandemUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your sessions": every session of the account (on any node: they live in PostgreSQL), with a
 * rough description of the device and a shortened address, never a session id. Signing out
 * everywhere else keeps this session; signing out everywhere ends this one too. Audited.
 */
@Controller
class SessionsController {

  static final String PATH = "/account/sessions";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final AuditLog audit;

  SessionsController(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit) {
    this.sessions = sessions;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String showSessions(
      @AuthenticationPrincipal TandemUser user, HttpServletRequest request, Model model) {
    Object notice = model.getAttribute("notice");
    return page(model, user, request, notice instanceof String text ? text : null);
  }

  @PostMapping(PATH)
  String processSignOut(
      @AuthenticationPrincipal TandemUser user,
      @RequestParam(defaultValue = "") String which,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    boolean everywhere = "everywhere".equals(which);
    if (!everywhere && !"others".equals(which)) {
      return page(model, user, request, null);
    }
    String current = currentId(request);
    int ended = 0;
    for (String id : sessions.findByPrincipalName(user.getUsername()).keySet()) {
      if (everywhere || !id.equals(current)) {
        sessions.deleteById(id);
        ended++;
      }
    }
    audit.record(
        AuditEvent.success(
            user.accountId(),
            user.role().name(),
            everywhere ? "sessions.signed-out-everywhere" : "sessions.signed-out-elsewhere",
            Map.of("account", user.accountId().toString(), "ended", Integer.toString(ended))));
    if (everywhere) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      return "redirect:/sign-in?signed-out";
    }
    redirect.addFlashAttribute("notice", "You have been signed out everywhere else");
    return "redirect:" + PATH;
  }

  private String page(
      Model model, TandemUser user, HttpServletRequest request, @Nullable String notice) {
    String current = currentId(request);
    List<SessionsPage.Row> rows =
        sessions.findByPrincipalName(user.getUsername()).entrySet().stream()
            .sorted(
                Comparator.comparing(
                        (Map.Entry<String, ? extends Session> entry) ->
                            !entry.getKey().equals(current))
                    .thenComparing(
                        entry -> entry.getValue().getLastAccessedTime(), Comparator.reverseOrder()))
            .map(entry -> row(entry.getValue(), entry.getKey().equals(current)))
            .toList();
    model.addAttribute(
        "page", new SessionsPage(rows, rows.stream().anyMatch(row -> !row.thisDevice()), notice));
    return "identity/sessions";
  }

  private static SessionsPage.Row row(Session session, boolean thisDevice) {
    String device = session.getAttribute(SessionDevice.DESCRIPTION);
    String address = session.getAttribute(SessionDevice.ADDRESS);
    return new SessionsPage.Row(
        device == null ? "Unknown device" : device,
        address == null ? "unknown" : address,
        when(session.getCreationTime()),
        when(session.getLastAccessedTime()),
        thisDevice);
  }

  private static String when(Instant time) {
    return WHEN.format(time).replace("AM", "am").replace("PM", "pm");
  }

  private static @Nullable String currentId(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : session.getId();
  }
}
