package care.tandem.learning.media;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.learning.media.MediaLibraryPage.StoredFile;
import care.tandem.system.SignedInUser;
import care.tandem.system.form.FormView;
import care.tandem.system.limits.BodyLimit;
import care.tandem.system.limits.BodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Library editors add media files (videos, recordings, captions, images, PDFs) and see what is
 * stored. Each file added or refused is audited by its hash and type, never its name.
 */
@Controller
class MediaLibraryController {

  static final String PATH = "/learn/media";
  private static final String VIEW = "learning/media/library";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final MediaStore store;
  private final MediaRows rows;
  private final MediaSettings settings;
  private final StaffDirectory staff;
  private final AuditLog audit;

  MediaLibraryController(
      MediaStore store,
      MediaRows rows,
      MediaSettings settings,
      StaffDirectory staff,
      AuditLog audit) {
    this.store = store;
    this.rows = rows;
    this.settings = settings;
    this.staff = staff;
    this.audit = audit;
  }

  /**
   * The request filter lets a little more than the largest file through to this page (for the
   * multipart framing); the store refuses anything larger itself, with its own words.
   */
  @Bean
  static BodyLimit mediaUploadLimit(MediaSettings settings) {
    return new BodyLimit(PATH, settings.mediaMaxSize().toBytes() + 1024 * 1024);
  }

  @GetMapping(PATH)
  String showMedia(@RequestParam(required = false) @Nullable String added, Model model) {
    model.addAttribute("page", page(List.of(), null, added));
    return VIEW;
  }

  @PostMapping(PATH)
  String addMedia(
      @AuthenticationPrincipal SignedInUser signedIn,
      Authentication viewer,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    UUID editor = signedIn.accountId();
    String role = roleOf(viewer);
    long largest = settings.mediaMaxSize().toBytes();
    if (request.getContentLengthLong() > largest + 1024 * 1024) {
      return refused(editor, role, response, model, FolderMediaStore.tooBig("", largest), 413);
    }
    try (MediaUpload upload =
        MediaUpload.spool(request, settings.mediaDirectory().resolve("incoming"))) {
      MediaUpload.FilePart file = upload.file(request.getContentType());
      if (file == null) {
        return refused(editor, role, response, model, "Select a file to add", 200);
      }
      MediaItem item = store.store(file.content(), file.fileName(), editor);
      audit.record(
          AuditEvent.success(
              editor,
              role,
              "learning.media.added",
              Map.of("hash", item.hash(), "type", item.contentType())));
      return "redirect:" + PATH + "?added=" + item.hash();
    } catch (MediaRefusedException refusal) {
      return refused(editor, role, response, model, refusal.getMessage(), 200);
    } catch (BodyTooLargeException tooLarge) {
      return refused(editor, role, response, model, FolderMediaStore.tooBig("", largest), 413);
    } catch (IOException unreadable) {
      return refused(editor, role, response, model, "The file could not be read. Try again", 200);
    }
  }

  private String refused(
      UUID editor,
      String role,
      HttpServletResponse response,
      Model model,
      String reason,
      int status) {
    audit.record(AuditEvent.failure(editor, role, "learning.media.refused", Map.of()));
    response.setStatus(status);
    model.addAttribute(
        "page", page(List.of(new FormView.ErrorLink(reason, "#file")), reason, null));
    return VIEW;
  }

  private MediaLibraryPage page(
      List<FormView.ErrorLink> errors, @Nullable String error, @Nullable String addedHash) {
    List<MediaRows.MediaRow> stored = rows.newestFirst(200);
    Map<UUID, StaffMember> people =
        staff.findAll(
            stored.stream()
                .map(MediaRows.MediaRow::addedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<StoredFile> files = stored.stream().map(row -> shaped(row, people)).toList();
    StoredFile added =
        files.stream()
            .filter(file -> file.href().equals("/learn/media/" + addedHash))
            .findFirst()
            .orElse(null);
    return new MediaLibraryPage(
        errors, error, added, files, MediaSettings.inWords(settings.mediaMaxSize().toBytes()));
  }

  private static StoredFile shaped(MediaRows.MediaRow row, Map<UUID, StaffMember> people) {
    MediaItem item = row.item();
    StaffMember by = row.addedBy() == null ? null : people.get(row.addedBy());
    return new StoredFile(
        item.fileName(),
        MediaKinds.label(item.contentType()),
        MediaSettings.inWords(item.size()),
        WHEN.format(row.addedAt()).replace("AM", "am").replace("PM", "pm"),
        row.addedBy() == null ? "Tandem" : by == null ? "Unknown" : by.displayName(),
        item.path());
  }

  private static String roleOf(Authentication viewer) {
    return viewer.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(Objects::nonNull)
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> authority.substring(5))
        .findFirst()
        .orElse("UNKNOWN");
  }
}
