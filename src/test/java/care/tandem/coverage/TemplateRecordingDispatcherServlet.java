package care.tandem.coverage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dispatcher servlet, noting before each page renders which template it is, whose eyes it is
 * for and what state it is in, and telling the client in two response headers (a crawler reads
 * them; a browser ignores them).
 */
class TemplateRecordingDispatcherServlet extends DispatcherServlet {

  static final String TEMPLATE_HEADER = "X-Tandem-Template";
  static final String STATE_HEADER = "X-Tandem-State";

  @Override
  protected void render(ModelAndView page, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    String template = page.getViewName();
    if (template != null && !template.startsWith("redirect:") && !template.startsWith("forward:")) {
      PageState state = PageState.of(page.getModel(), response.getStatus());
      response.setHeader(TEMPLATE_HEADER, template);
      response.setHeader(STATE_HEADER, state.label());
      String gate = request.getHeader(RenderedTemplates.GATE_CLIENT_HEADER);
      RenderedTemplates.record(template, ViewerKind.current(), state, gate);
    }
    super.render(page, request, response);
  }
}
