package care.tandem.guide.plan;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives plan handlers the signed-in owner. The route table already limits plan pages to
 * practitioners and service leads; this second check means a gap there cannot expose a plan.
 */
@Configuration(proxyBeanMethods = false)
class PlanOwnerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(PlanOwner.class);
  }

  @Override
  public PlanOwner resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
    if (!PlanOwner.isSignedIn(viewer)) {
      throw new SignInRequired();
    }
    return PlanOwner.of(viewer)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  /** Nobody is signed in: the plan pages send them to sign in. */
  static final class SignInRequired extends RuntimeException {
    SignInRequired() {
      super("Sign in to use an improvement plan", null, false, false);
    }
  }
}
