package care.tandem.learning.leaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The committed video made by tools/make-video.sh: small enough to commit and to send, in a form
 * browsers play from the first bytes, with captions that fit it and a transcript that says the
 * same.
 */
class PainAndMoodVideoTests {

  private static final Pattern CUE_TIMES =
      Pattern.compile(
          "(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");

  @Test
  void isUnder3MegabytesH264BaselineWithItsIndexFirst() throws IOException {
    byte[] video = read("/learning/media/pain-and-mood.mp4");

    assertThat(video.length).isLessThan(3_000_000);
    assertThat(topLevelBoxes(video)).startsWith("ftyp", "moov").contains("mdat");
    int avcC = indexOf(video, "avcC");
    assertThat(avcC).as("an H.264 video track").isPositive();
    assertThat(video[avcC + 5]).as("H.264 profile: baseline").isEqualTo((byte) 66);
    assertThat(indexOf(video, "mp4a")).as("an AAC sound track").isPositive();
    assertThat(seconds(video)).isBetween(120.0, 180.0);
  }

  @Test
  void captionsAreWebVttInOrderWithoutOverlapAndEndBeforeTheVideo() throws IOException {
    String captions = text("/learning/media/pain-and-mood.vtt");
    double videoEnds = seconds(read("/learning/media/pain-and-mood.mp4"));

    assertThat(captions).startsWith("WEBVTT\n");
    List<double[]> cues = new ArrayList<>();
    Matcher times = CUE_TIMES.matcher(captions);
    while (times.find()) {
      cues.add(new double[] {at(times, 1), at(times, 5)});
    }
    assertThat(cues).hasSizeGreaterThan(20);
    double previousEnd = 0;
    for (double[] cue : cues) {
      assertThat(cue[0]).as("starts after the cue before ends").isGreaterThanOrEqualTo(previousEnd);
      assertThat(cue[1]).as("ends after it starts").isGreaterThan(cue[0]);
      previousEnd = cue[1];
    }
    assertThat(previousEnd).isLessThanOrEqualTo(videoEnds);
  }

  @Test
  void transcriptPieceSaysWhatTheCaptionsSay() throws IOException {
    String piece = text("/learning/pieces/pain-and-mood-video.md");
    String[] parts = piece.split("(?m)^---$", 3);
    String frontMatter = parts[1];
    String transcript = parts[2].replaceAll("(?m)^#+ .*$", "");

    assertThat(frontMatter)
        .contains("\nkind: video\n", "\naudience: both\n")
        .contains("\nmedia: pain-and-mood.mp4\n", "\ncaptions: pain-and-mood.vtt\n");
    assertThat(words(transcript)).isEqualTo(words(captionText()));
  }

  private static String captionText() throws IOException {
    StringBuilder said = new StringBuilder();
    String[] blocks = text("/learning/media/pain-and-mood.vtt").split("\n\n");
    for (String block : Arrays.copyOfRange(blocks, 1, blocks.length)) {
      String[] lines = block.strip().split("\n");
      // Each cue: its name, its times, then its text.
      said.append(String.join(" ", Arrays.copyOfRange(lines, 2, lines.length))).append(' ');
    }
    return said.toString();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  private static double at(Matcher times, int group) {
    return Integer.parseInt(times.group(group)) * 3600
        + Integer.parseInt(times.group(group + 1)) * 60
        + Integer.parseInt(times.group(group + 2))
        + Integer.parseInt(times.group(group + 3)) / 1000.0;
  }

  /** The movie's length from its header box (mvhd, version 0: time scale then duration). */
  private static double seconds(byte[] video) {
    ByteBuffer header = ByteBuffer.wrap(video, indexOf(video, "mvhd") + 4, 24);
    assertThat(header.get()).as("mvhd version").isZero();
    header.position(header.position() + 11);
    int scale = header.getInt();
    return header.getInt() / (double) scale;
  }

  private static List<String> topLevelBoxes(byte[] video) {
    List<String> boxes = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(video);
    while (buffer.remaining() >= 8) {
      int start = buffer.position();
      long size = Integer.toUnsignedLong(buffer.getInt());
      boxes.add(new String(video, start + 4, 4, StandardCharsets.US_ASCII));
      if (size < 8 || start + size > video.length) {
        break;
      }
      buffer.position((int) (start + size));
    }
    return boxes;
  }

  private static int indexOf(byte[] bytes, String fourCc) {
    byte[] wanted = fourCc.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + wanted.length <= bytes.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String text(String resource) throws IOException {
    return new String(read(resource), StandardCharsets.UTF_8);
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = PainAndMoodVideoTests.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
