package care.tandem.system;

import care.tandem.system.limits.Failures;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the server sends (403, 404, 400, 405, 500…) as a design-system page, keeping
 * the status. It replaces Spring Boot's own error controller, so nothing about the failure (stack
 * trace, exception, class name) can reach the page; the log keeps the detail. Under an API that
 * answers in JSON ({@link #JSON_APIS}) the error is a JSON problem (RFC 9457) instead.
 */
@Controller
class ErrorPageController implements ErrorController {

  /** Path prefixes of the APIs whose callers read JSON, never HTML: the Open Referral UK API. */
  static final List<String> JSON_APIS = List.of("/oruk");

  @RequestMapping("/error")
  @Nullable ModelAndView showError(
      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    // Someone who opens /error directly has asked for a page that is not there.
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    String reference =
        request.getAttribute(Failures.REFERENCE) instanceof String given ? given : null;
    response.setStatus(status);
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
        && JSON_APIS.stream().anyMatch(api -> failed.equals(api) || failed.startsWith(api + "/"))) {
      writeProblem(response, status, reference);
      return null;
    }
    model.addAttribute("error", ErrorPage.forStatus(status, reference));
    return new ModelAndView("system/error", model.asMap());
  }

  private static void writeProblem(
      HttpServletResponse response, int status, @Nullable String reference) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        reference == null
            ? ErrorPage.forStatus(status).title()
            : "Something went wrong in Tandem. Quote reference "
                + reference
                + " when you report it.";
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Every value is ours (a status, fixed words, a UUID), so nothing needs escaping.
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
