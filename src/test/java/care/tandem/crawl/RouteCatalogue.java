package care.tandem.crawl;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every GET route the application declares, read from Spring MVC itself, with the query parameters
 * its handler reads, so no route can be forgotten by a crawl.
 */
public final class RouteCatalogue {

  /** Used for a path variable when no link to a real one was found: expect a 404, never a 5xx. */
  public static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");
  private static final int EXAMPLES_PER_ROUTE = 3;
  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  /** A declared GET route: its pattern and the request parameters its handler reads. */
  public record Route(String pattern, Set<String> parameters) {

    public boolean hasVariables() {
      return pattern.contains("{") || pattern.contains("*");
    }

    /** Real paths for the pattern, taken from links found, or one made-up path if none matched. */
    public List<String> examples(Collection<String> discovered) {
      if (!hasVariables()) {
        return List.of(pattern);
      }
      PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
      List<String> found =
          discovered.stream()
              .map(address -> address.split("\\?", 2)[0])
              .distinct()
              .filter(path -> parsed.matches(PathContainer.parsePath(path)))
              .limit(EXAMPLES_PER_ROUTE)
              .toList();
      return found.isEmpty() ? List.of(madeUp()) : found;
    }

    private String madeUp() {
      Matcher variable = VARIABLE.matcher(pattern);
      return variable.replaceAll(UNKNOWN_ID).replace("/**", "/" + UNKNOWN_ID).replace("*", "x");
    }
  }

  private RouteCatalogue() {}

  public static List<Route> getRoutes(RequestMappingHandlerMapping mapping) {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mapping.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      Set<String> parameters = parametersOf(entry.getValue());
      for (String pattern : info.getPatternValues()) {
        routes.add(new Route(pattern, parameters));
      }
    }
    routes.sort((a, b) -> a.pattern().compareTo(b.pattern()));
    return routes;
  }

  private static Set<String> parametersOf(HandlerMethod handler) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      parameter.initParameterNameDiscovery(NAMES);
      RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
      Class<?> type = parameter.getParameterType();
      if (requestParam != null) {
        String name =
            requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
        if (name != null && !name.isEmpty()) {
          names.add(name);
        }
      } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
        continue;
      } else if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          names.add(component.getName());
        }
      } else if (BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null) {
        names.add(parameter.getParameterName());
      }
    }
    return names;
  }
}
