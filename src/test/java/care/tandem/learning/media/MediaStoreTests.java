package care.tandem.learning.media;

import static care.tandem.learning.media.SampleMedia.ascii;
import static care.tandem.learning.media.SampleMedia.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The media store in the running application: the library editors' upload page (MockMvc, signed in)
 * and serving over real HTTP ({@link MediaServingTests} does the range requests).
 */
@FullApplicationTest
class MediaStoreTests {

  static final String BOUNDARY = "----tandemMediaBoundary";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired MediaStore store;
  @Autowired MediaSettings settings;
  @Autowired MediaTidying tidying;

  TestAccounts testAccounts;
  Account lead;

  @BeforeEach
  void aLibraryEditor() {
    testAccounts = new TestAccounts(accounts, jdbc);
    lead = testAccounts.create(Role.SERVICE_LEAD, null);
  }

  @Test
  void anEditorAddsAFileAndSeesItListedWithWhoAddedIt() throws Exception {
    byte[] video = uniqueMp4();
    String hash = sha256(video);
    MockHttpServletResponse added = upload(video, "Pain and mood.mp4", "application/octet-stream");
    assertThat(added.getStatus()).isEqualTo(302);
    assertThat(added.getRedirectedUrl()).isEqualTo("/learn/media?added=" + hash);
    String page = page("/learn/media?added=" + hash);
    assertThat(page)
        .contains("File added: Pain and mood.mp4")
        .contains("href=\"/learn/media/" + hash + "\"")
        .contains("Video (MP4)")
        .contains("Test Service lead");
    assertThat(testAccounts.auditCount("learning.media.added", "hash", hash)).isEqualTo(1);
    assertThat(store.find(hash)).get().extracting(MediaItem::contentType).isEqualTo("video/mp4");
  }

  @Test
  void theSameBytesTwiceAreOneFileAndOneRow() throws Exception {
    byte[] video = uniqueMp4();
    String hash = sha256(video);
    upload(video, "first.mp4", "video/mp4");
    upload(video, "second.mp4", "video/mp4");
    assertThat(rows(hash)).isEqualTo(1);
    try (Stream<Path> files = Files.list(settings.mediaDirectory().resolve(hash.substring(0, 2)))) {
      assertThat(files.filter(file -> file.getFileName().toString().equals(hash))).hasSize(1);
    }
    assertThat(store.find(hash)).get().extracting(MediaItem::fileName).isEqualTo("first.mp4");
  }

  @Test
  void refusesWhatIsNotAllowedWhateverItIsCalledAndKeepsNothing() throws Exception {
    assertRefused(
        ascii("<html><script>alert(1)</script></html>"),
        "clip.mp4",
        "video/mp4",
        "Web pages and other HTML");
    assertRefused(
        ascii("<svg onload=\"alert(1)\"></svg>"),
        "picture.png",
        "image/png",
        "SVG images cannot be added");
    assertRefused(
        ascii("#!/bin/sh\necho hi\n"), "captions.vtt", "text/vtt", "Programs and scripts");
    byte[] video = uniqueMp4();
    assertRefused(
        SampleMedia.cut(video, video.length - 100),
        "cut.mp4",
        "video/mp4",
        "damaged or incomplete");
    byte[] captions =
        concat(ascii("WEBVTT\n\n"), "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8));
    assertRefused(captions, "big.vtt", "text/vtt", "A captions file must be smaller than 1 MB");
    assertThat(testAccounts.auditCountBy("learning.media.refused", lead.id())).isEqualTo(5);
    assertThat(testAccounts.auditCountBy("learning.media.added", lead.id())).isZero();
  }

  @Test
  void noFileChosenIsAClearError() throws Exception {
    MockHttpServletResponse response = upload(new byte[0], "", "application/octet-stream");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("There is a problem")
        .contains("<a href=\"#file\">Select a file to add</a>");
  }

  @Test
  void aHostileFileNameIsCleanedAndNeverAPath() throws Exception {
    byte[] video = uniqueMp4();
    String hash = sha256(video);
    upload(video, "../../<script>alert(1)<\\script>\u202Eclip.mp4", "video/mp4");
    assertThat(store.find(hash)).get().extracting(MediaItem::fileName).isEqualTo("script_clip.mp4");
    assertThat(page("/learn/media")).doesNotContain("<script>alert");
  }

  @Test
  void theStoreStopsReadingAtTheLargestSize() {
    long largest = settings.mediaMaxSize().toBytes();
    CountingZeros endless = new CountingZeros();
    assertThatThrownBy(() -> store.store(endless, "endless.mp4"))
        .isInstanceOf(MediaRefusedException.class)
        .hasMessage("The file must be smaller than 50 MB");
    assertThat(endless.read).isBetween(largest, largest + 64 * 1024);
  }

  @Test
  void onlyLibraryEditorsSeeThePage() throws Exception {
    Account physio =
        testAccounts.create(
            Role.PRACTITIONER, care.tandem.identity.account.Discipline.PHYSIOTHERAPIST);
    assertThat(
            mvc.perform(get("/learn/media").with(SignedInAs.account(physio)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void atStartTheLeftoversOfACrashAreRemovedAndListedFilesKept() throws Exception {
    byte[] video = uniqueMp4();
    MediaItem listed = store.store(of(video), "kept.mp4");
    Path half =
        Files.createTempFile(settings.mediaDirectory().resolve("incoming"), "upload-", ".part");
    String orphanHash = sha256(uniqueMp4());
    Path orphan = fileFor(orphanHash);
    Files.createDirectories(orphan.getParent());
    Files.write(orphan, new byte[] {1, 2, 3});
    java.nio.file.attribute.FileTime twoHoursAgo =
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200));
    for (Path file : new Path[] {half, orphan, fileFor(listed.hash())}) {
      Files.setLastModifiedTime(file, twoHoursAgo);
    }
    tidying.tidy(java.time.Instant.now().minusSeconds(3600));
    assertThat(half).doesNotExist();
    assertThat(orphan).doesNotExist();
    assertThat(fileFor(listed.hash())).exists();
  }

  @Test
  void theDemoHasASampleAndLibraryEditorsFindThePageFromHome() throws Exception {
    assertThat(store.all()).extracting(MediaItem::fileName).contains("welcome-captions.vtt");
    assertThat(page("/home")).contains("href=\"/learn/media\"");
  }

  private void assertRefused(byte[] bytes, String name, String type, String reason)
      throws Exception {
    MockHttpServletResponse response = upload(bytes, name, type);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("<title>Error: ")
        .contains(reason);
    assertThat(rows(sha256(bytes))).isZero();
    assertThat(Files.exists(fileFor(sha256(bytes)))).isFalse();
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(as()))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  MockHttpServletResponse upload(byte[] file, String name, String type) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name.replace("\"", "%22")
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return mvc.perform(
            post("/learn/media")
                .with(as())
                .with(csrf())
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .content(body.toByteArray()))
        .andReturn()
        .getResponse();
  }

  private RequestPostProcessor as() {
    return SignedInAs.account(lead);
  }

  private long rows(String hash) {
    return jdbc.sql("select count(*) from learning_media where hash = ?")
        .param(hash)
        .query(Long.class)
        .single();
  }

  private Path fileFor(String hash) {
    return settings.mediaDirectory().resolve(hash.substring(0, 2)).resolve(hash);
  }

  /** An MP4 no other test has: random media data. */
  static byte[] uniqueMp4() {
    byte[] video = SampleMedia.mp4("isom", 512);
    byte[] noise = new byte[500];
    ThreadLocalRandom.current().nextBytes(noise);
    System.arraycopy(noise, 0, video, video.length - 500, 500);
    return video;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Zeros without end, counting how many were read. */
  static final class CountingZeros extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
      read += length;
      return length;
    }
  }

  static InputStream of(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
