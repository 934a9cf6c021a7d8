package care.tandem.fhir;

import care.tandem.fhir.smart.TokenEndpoint;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMART configuration at the site's root as well as beside the FHIR server ({@link
 * SmartEndpoints}), for clients that look for it there.
 */
@RestController
class SmartConfigurationController {

  private final String tokenAddress;

  SmartConfigurationController(
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress) {
    this.tokenAddress = TokenEndpoint.address(publicAddress);
  }

  @GetMapping(
      path = "/.well-known/smart-configuration",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> showConfiguration() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
        .body(SmartEndpoints.configuration(tokenAddress));
  }
}
