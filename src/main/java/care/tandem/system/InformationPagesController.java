package care.tandem.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The pages every public service must have: accessibility statement, privacy notice, contact. */
@Controller
class InformationPagesController {

  private final Deployer deployer;

  InformationPagesController(
      @Value("${tandem.deployer.name}") String name,
      @Value("${tandem.deployer.email:}") String email,
      @Value("${tandem.deployer.phone:}") String phone,
      @Value("${tandem.deployer.data-protection-officer-email:}") String dataProtectionOfficer) {
    this.deployer = Deployer.of(name, email, phone, dataProtectionOfficer);
  }

  @ModelAttribute("deployer")
  Deployer deployer() {
    return deployer;
  }

  @GetMapping("/accessibility")
  String showAccessibilityStatement() {
    return "system/accessibility";
  }

  @GetMapping("/privacy")
  String showPrivacyNotice() {
    return "system/privacy";
  }

  @GetMapping("/contact")
  String showContact() {
    return "system/contact";
  }
}
