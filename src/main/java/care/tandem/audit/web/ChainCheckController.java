package care.tandem.audit.web;

import care.tandem.audit.AuditChainVerifier;
import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.audit.ChainVerification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Checks the audit chain when an admin opens the page. Reading changes nothing, so a GET is right;
 * the check itself is recorded, with what it found.
 */
@Controller
class ChainCheckController {

  private final AuditChainVerifier verifier;
  private final AuditLog auditLog;

  ChainCheckController(AuditChainVerifier verifier, AuditLog auditLog) {
    this.verifier = verifier;
    this.auditLog = auditLog;
  }

  @GetMapping(AuditSearchView.PATH + "/verify")
  String showChainCheck(@Nullable Authentication authentication, Model model) {
    ChainVerification result = verifier.verify();
    Viewer viewer = Viewer.of(authentication);
    Map<String, String> found = new LinkedHashMap<>();
    found.put("entries", Long.toString(result.rowsChecked()));
    if (result.broken() != null) {
      found.put("brokenAt", Long.toString(result.broken().rowId()));
      found.put("problem", result.broken().problem().name());
    }
    auditLog.record(
        new AuditEvent(
            viewer.account(),
            viewer.role(),
            null,
            "audit.verified",
            result.intact() ? "success" : "failure",
            found));
    model.addAttribute("check", ChainCheckView.of(result, Instant.now()));
    return "audit/verify";
  }
}
