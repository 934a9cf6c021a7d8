package care.tandem.directory.oruk;

import care.tandem.system.SignedInUser;
import care.tandem.system.form.FormView;
import care.tandem.system.limits.BodyLimit;
import care.tandem.system.limits.BodyTooLargeException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The directory editors' import page: upload an ORUK JSON file or a CSV datapackage zip, check it
 * first (a dry run, ticked by default) or import it, and read the report. Tandem parses no
 * multipart requests anywhere else, so this page reads its own upload, with a size limit.
 */
@Controller
class ImportPageController {

  static final String PATH = "/directory/import";
  static final int MAXIMUM_BYTES = 50 * 1024 * 1024;

  private final OrukSources sources;

  ImportPageController(OrukSources sources) {
    this.sources = sources;
  }

  @GetMapping(PATH)
  String start(Model model) {
    model.addAttribute("page", new ImportPage(List.of(), null, null));
    return "directory/import";
  }

  /**
   * What the request filter lets through to this page (a little over {@link #MAXIMUM_BYTES}, for
   * the multipart framing); this page refuses anything over {@link #MAXIMUM_BYTES} itself, with its
   * own words.
   */
  @Bean
  static BodyLimit importUploadLimit() {
    return new BodyLimit(PATH, MAXIMUM_BYTES + 1024 * 1024);
  }

  @PostMapping(PATH)
  String upload(
      @AuthenticationPrincipal SignedInUser editor,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (request.getContentLengthLong() > MAXIMUM_BYTES) {
      return tooLarge(response, model);
    }
    byte[] file = null;
    boolean dryRun = false;
    try {
      byte[] body = request.getInputStream().readNBytes(MAXIMUM_BYTES + 1);
      String type = request.getContentType();
      if (body.length <= MAXIMUM_BYTES
          && type != null
          && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
        MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(body, type));
        for (int i = 0; i < parts.getCount(); i++) {
          BodyPart part = parts.getBodyPart(i);
          String name = fieldName(part);
          if ("file".equals(name)) {
            file = part.getInputStream().readAllBytes();
          } else if ("dryRun".equals(name)) {
            dryRun = true;
          }
        }
      } else if (body.length > MAXIMUM_BYTES) {
        return tooLarge(response, model);
      }
    } catch (BodyTooLargeException e) {
      return tooLarge(response, model);
    } catch (IOException | MessagingException | RuntimeException e) {
      return error(model, "The file could not be read. Choose a .json or .zip file");
    }
    if (file == null || file.length == 0) {
      return error(model, "Choose a .json or .zip file to import");
    }
    ImportReport report =
        sources.importUpload(
            file, dryRun, new OrukImporter.Importer(editor.accountId(), "SERVICE_LEAD", "page"));
    model.addAttribute("page", new ImportPage(List.of(), null, report));
    return "directory/import";
  }

  private static @Nullable String fieldName(BodyPart part) throws MessagingException {
    String[] disposition = part.getHeader("Content-Disposition");
    if (disposition == null || disposition.length == 0) {
      return null;
    }
    java.util.regex.Matcher name =
        java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(disposition[0]);
    return name.find() ? name.group(1) : null;
  }

  private static String tooLarge(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    return error(model, "The file must be smaller than 50 MB");
  }

  private static String error(Model model, String message) {
    model.addAttribute(
        "page", new ImportPage(List.of(new FormView.ErrorLink(message, "#file")), message, null));
    return "directory/import";
  }
}
