package care.tandem.directory.oruk;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ORUK API's errors as JSON problems (RFC 9457): 400 with what was wrong with a parameter, 404
 * for an unknown id, so a caller always learns what to change.
 */
@RestControllerAdvice(assignableTypes = {OrukController.class, OrukExportController.class})
class OrukProblems {

  @ExceptionHandler(OrukBadRequest.class)
  ResponseEntity<ProblemDetail> badRequest(OrukBadRequest e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(OrukNotFound.class)
  ResponseEntity<ProblemDetail> notFound(OrukNotFound e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
