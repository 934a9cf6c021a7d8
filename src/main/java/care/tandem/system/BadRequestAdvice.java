package care.tandem.system;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input is the asker's mistake, not a server failure: a malformed or missing parameter or body
 * gets a 400 page, an unknown address (or a malformed id in it) a 404, a wrong method a 405 — never
 * a 500. Each sends the status to {@link ErrorPageController}, which renders the page; the detail
 * goes to the log only.
 */
@ControllerAdvice
class BadRequestAdvice {

  private static final Logger log = LoggerFactory.getLogger(BadRequestAdvice.class);

  @ExceptionHandler({
    TypeMismatchException.class,
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class,
    MissingRequestHeaderException.class,
    MissingRequestCookieException.class,
    UnsatisfiedServletRequestParameterException.class,
    HttpMessageNotReadableException.class,
    BindException.class,
    HandlerMethodValidationException.class,
    ConstraintViolationException.class
  })
  void rejectBadRequest(Exception problem, HttpServletResponse response) throws IOException {
    log.info("Bad request: {}", problem.getClass().getSimpleName());
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  /**
   * A malformed id in the address ({@code @PathVariable UUID}) is an unknown one: the same 404 as a
   * record that does not exist or may not be seen, so no controller parses ids by hand. Any other
   * value of the wrong type is a bad request.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void rejectMismatchedArgument(
      MethodArgumentTypeMismatchException problem, HttpServletResponse response)
      throws IOException {
    if (problem.getRequiredType() == UUID.class
        && problem.getParameter().hasParameterAnnotation(PathVariable.class)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      rejectBadRequest(problem, response);
    }
  }

  /**
   * A blank id in the address (say {@code %20}) converts to no UUID at all: malformed too, so the
   * same 404. A path variable missing from the mapping itself is our mistake and stays a 500.
   */
  @ExceptionHandler(MissingPathVariableException.class)
  void rejectBlankPathVariable(MissingPathVariableException problem, HttpServletResponse response)
      throws Exception {
    if (!problem.isMissingAfterConversion()) {
      throw problem;
    }
    if (problem.getParameter().getParameterType() == UUID.class) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      rejectBadRequest(problem, response);
    }
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  void rejectUnknownAddress(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  void rejectWrongMethod(
      HttpRequestMethodNotSupportedException problem, HttpServletResponse response)
      throws IOException {
    Set<HttpMethod> allowed = problem.getSupportedHttpMethods();
    if (allowed != null) {
      response.setHeader(
          "Allow", String.join(", ", allowed.stream().map(HttpMethod::name).toList()));
    }
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  void rejectUnsupportedBody(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  void rejectOversizedBody(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
  }
}
