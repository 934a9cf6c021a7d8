package care.tandem.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders every error the server sends (403, 404, 400, 405, 500…) as a design-system page, keeping
 * the status. It replaces Spring Boot's own error controller, so nothing about the failure (stack
 * trace, exception, class name) can reach the page; the log keeps the detail.
 */
@Controller
class ErrorPageController implements ErrorController {

  @RequestMapping("/error")
  String showError(HttpServletRequest request, HttpServletResponse response, Model model) {
    // Someone who opens /error directly has asked for a page that is not there.
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    response.setStatus(status);
    model.addAttribute("error", ErrorPage.forStatus(status));
    return "system/error";
  }
}
