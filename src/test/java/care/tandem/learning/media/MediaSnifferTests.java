package care.tandem.learning.media;

import static care.tandem.learning.media.SampleMedia.ascii;
import static care.tandem.learning.media.SampleMedia.concat;
import static care.tandem.learning.media.SampleMedia.cut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaSnifferTests {

  @TempDir Path folder;

  @Test
  void findsEachAllowedTypeFromTheBytesAlone() throws IOException {
    assertThat(typeOf(SampleMedia.mp4())).isEqualTo("video/mp4");
    assertThat(typeOf(SampleMedia.mp4("M4A ", 16))).isEqualTo("audio/mp4");
    assertThat(typeOf(SampleMedia.webm())).isEqualTo("video/webm");
    assertThat(typeOf(SampleMedia.mp3())).isEqualTo("audio/mpeg");
    assertThat(typeOf(SampleMedia.ogg())).isEqualTo("audio/ogg");
    assertThat(typeOf(SampleMedia.vtt())).isEqualTo("text/vtt");
    assertThat(typeOf(SampleMedia.png())).isEqualTo("image/png");
    assertThat(typeOf(SampleMedia.jpeg())).isEqualTo("image/jpeg");
    assertThat(typeOf(SampleMedia.pdf())).isEqualTo("application/pdf");
  }

  @Test
  void acceptsCaptionsWithAByteOrderMarkAndAHeaderText() throws IOException {
    byte[] captions =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii("WEBVTT - Pain\n"));
    assertThat(typeOf(captions)).isEqualTo("text/vtt");
  }

  @Test
  void refusesSvgHtmlScriptsAndProgramsSayingWhy() {
    assertRefused(
        ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        "SVG images cannot be added");
    assertRefused(
        ascii("<?xml version=\"1.0\"?>\n<svg onload=\"alert(1)\"/>"), "SVG images cannot be added");
    assertRefused(ascii("  <!DOCTYPE html><html><script>alert(1)</script>"), "Web pages");
    assertRefused(ascii("<script>alert(1)</script>"), "Web pages");
    assertRefused(ascii("#!/bin/sh\nrm -rf /\n"), "Programs and scripts cannot be added");
    assertRefused(concat(ascii("MZ"), new byte[64]), "Programs and scripts cannot be added");
    assertRefused(ascii("PK\u0003\u0004 a zip"), "This type of file cannot be added");
    assertRefused(new byte[0], "The file is empty");
  }

  @Test
  void refusesCaptionsThatAreNotWebVttText() {
    assertRefused(ascii("WEBVTTX\n"), "must start with the line WEBVTT");
    assertRefused(ascii("1\n00:00:00,000 --> 00:00:02,000\nSubRip\n"), "This type of file");
    assertRefused(concat(ascii("WEBVTT\n\n"), new byte[] {(byte) 0xC3, 0x28}), "not UTF-8");
    assertRefused(concat(ascii("WEBVTT\n\n"), new byte[] {0}), "not plain text");
  }

  @Test
  void refusesFilesCutShort() {
    byte[] mp4 = SampleMedia.mp4();
    assertRefused(cut(mp4, mp4.length - 10), "damaged or incomplete");
    assertRefused(cut(mp4, 30), "damaged or incomplete");
    byte[] png = SampleMedia.png();
    assertRefused(cut(png, png.length - 12), "damaged or incomplete");
    assertRefused(cut(png, png.length - 20), "damaged or incomplete");
    byte[] webm = SampleMedia.webm();
    assertRefused(cut(webm, webm.length - 5), "damaged or incomplete");
    byte[] ogg = SampleMedia.ogg();
    assertRefused(cut(ogg, ogg.length - 5), "damaged or incomplete");
    assertRefused(SampleMedia.ogg(2), "damaged or incomplete");
    assertRefused(cut(SampleMedia.jpeg(), 20), "damaged or incomplete");
    assertRefused(cut(SampleMedia.pdf(), 30), "damaged or incomplete");
    assertRefused(cut(SampleMedia.mp3(), 12), "damaged or incomplete");
  }

  @Test
  void refusesMp4sWithoutAMovieOrWithBoxesThatMakeNoSense() {
    byte[] noMovie = SampleMedia.mp4();
    noMovie[24] = 'f';
    assertRefused(noMovie, "damaged or incomplete");
    byte[] tinyBox = SampleMedia.mp4();
    tinyBox[23] = 4;
    assertRefused(tinyBox, "damaged or incomplete");
  }

  @Test
  void refusesLookalikesOfAllowedContainers() {
    assertRefused(SampleMedia.mp4("heic", 16), "This kind of MP4 file cannot be added");
    assertRefused(SampleMedia.webm("matroska", 40), "Only WebM files");
  }

  @Test
  void neverLooksAtTheNameOrTheTypeSent() throws IOException {
    Path html = folder.resolve("clip.mp4");
    Files.write(html, "<html><body>not a video</body></html>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> MediaSniffer.typeOf(html))
        .isInstanceOf(MediaRefusedException.class)
        .hasMessageContaining("Web pages");
    Path video = folder.resolve("notes.txt");
    Files.write(video, SampleMedia.mp4());
    assertThat(MediaSniffer.typeOf(video)).isEqualTo("video/mp4");
  }

  private String typeOf(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(folder, "sample", ".bin");
    Files.write(file, bytes);
    return MediaSniffer.typeOf(file);
  }

  private void assertRefused(byte[] bytes, String reason) {
    assertThatThrownBy(() -> typeOf(bytes))
        .isInstanceOf(MediaRefusedException.class)
        .hasMessageContaining(reason);
  }
}
