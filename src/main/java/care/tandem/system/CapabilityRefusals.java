package care.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders a {@link CapabilityRefusedException} as the 403 error page saying "You cannot do this"
 * and who can. The refusal was audited where it was decided.
 */
@ControllerAdvice
class CapabilityRefusals {

  private final LayoutAdvice layouts;

  CapabilityRefusals(LayoutAdvice layouts) {
    this.layouts = layouts;
  }

  @ExceptionHandler(CapabilityRefusedException.class)
  ModelAndView showRefusal(
      CapabilityRefusedException refused,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return new ModelAndView(
        "system/error",
        Map.of(
            "layout", layouts.layout(request), "error", ErrorPage.refused(refused.capability())));
  }
}
