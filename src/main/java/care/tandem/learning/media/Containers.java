package care.tandem.learning.media;

import static care.tandem.learning.media.MediaSniffer.refused;
import static care.tandem.learning.media.MediaSniffer.startsWith;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Walks the structure of the containers the media store takes, refusing one whose parts run past
 * its end (cut short in copying or uploading) or make no sense (damaged or made up).
 */
final class Containers {

  private static final String CUT_SHORT =
      "The %s file is damaged or incomplete. It may not have finished uploading. Try again";

  /** MP4 brands of ordinary video files; the audio-only brands are M4A and M4B. */
  private static final Set<String> VIDEO_BRANDS =
      Set.of(
          "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH",
          "M4VP", "dash", "mmp4", "f4v ");

  private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ");

  private Containers() {}

  static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        break;
      }
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /** PNG: chunks of length, type, data and checksum, ending with IEND exactly at the end. */
  static void checkPng(FileChannel channel, long size) throws IOException {
    long position = 8;
    while (position + 12 <= size) {
      byte[] header = readAt(channel, position, 8);
      long length = ByteBuffer.wrap(header, 0, 4).getInt() & 0xFFFFFFFFL;
      position += 12 + length;
      if (position > size) {
        break;
      }
      if (new String(header, 4, 4, StandardCharsets.US_ASCII).equals("IEND")) {
        return;
      }
    }
    throw refused(CUT_SHORT.formatted("image"));
  }

  /** JPEG and PDF: their end marker within the last kilobyte (some tools add a few bytes after). */
  static void checkEndsWith(FileChannel channel, long size, byte[] marker, String kind)
      throws IOException {
    int tail = (int) Math.min(size, 1024);
    byte[] end = readAt(channel, size - tail, tail);
    for (int i = end.length - marker.length; i >= 0; i--) {
      if (Arrays.equals(end, i, i + marker.length, marker, 0, marker.length)) {
        return;
      }
    }
    throw refused(CUT_SHORT.formatted(kind));
  }

  /**
   * MP4 and M4A: top-level boxes (32- or 64-bit sizes) that end exactly at the end of the file,
   * with a movie box (moov) among them. Audio or video from the brand in the file type box.
   */
  static String checkMp4(FileChannel channel, byte[] head, long size) throws IOException {
    String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.US_ASCII) : "";
    boolean audio = AUDIO_BRANDS.contains(brand);
    if (!audio && !VIDEO_BRANDS.contains(brand)) {
      throw refused(
          "This kind of MP4 file cannot be added (it may be an image or a QuickTime file). Save"
              + " the video as an ordinary MP4 (H.264) file");
    }
    long position = 0;
    boolean movie = false;
    while (position < size) {
      byte[] header = readAt(channel, position, 16);
      if (header.length < 8) {
        throw refused(CUT_SHORT.formatted("video"));
      }
      ByteBuffer box = ByteBuffer.wrap(header);
      long length = box.getInt() & 0xFFFFFFFFL;
      String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
      if (length == 1) {
        if (header.length < 16) {
          throw refused(CUT_SHORT.formatted("video"));
        }
        length = box.getLong(8);
      } else if (length == 0) {
        length = size - position;
      }
      if (length < 8 || length > size - position) {
        throw refused(CUT_SHORT.formatted(audio ? "audio" : "video"));
      }
      movie |= type.equals("moov");
      position += length;
    }
    if (!movie) {
      throw refused(CUT_SHORT.formatted(audio ? "audio" : "video"));
    }
    return audio ? MediaSniffer.MP4_AUDIO : MediaSniffer.MP4_VIDEO;
  }

  /**
   * WebM: an EBML header whose document type is "webm", then a segment that fits in the file (or
   * whose size is left unknown, as live recordings write it).
   */
  static void checkWebm(FileChannel channel, long size) throws IOException {
    byte[] start = readAt(channel, 0, (int) Math.min(size, 4096));
    long[] headerSize = vint(start, 4);
    if (headerSize == null || 4 + headerSize[1] + headerSize[0] > start.length) {
      throw refused(CUT_SHORT.formatted("video"));
    }
    int headerEnd = (int) (4 + headerSize[1] + headerSize[0]);
    byte[] docType = {0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};
    boolean webm = false;
    for (int i = 4; i + docType.length <= headerEnd; i++) {
      webm |= Arrays.equals(start, i, i + docType.length, docType, 0, docType.length);
    }
    if (!webm) {
      throw refused("Only WebM files can be added, not other Matroska (MKV) files");
    }
    if (!startsWith(start, headerEnd, 0x18, 0x53, 0x80, 0x67)) {
      throw refused(CUT_SHORT.formatted("video"));
    }
    long[] segment = vint(start, headerEnd + 4);
    if (segment == null) {
      throw refused(CUT_SHORT.formatted("video"));
    }
    boolean unknown = segment[0] == (1L << (7 * segment[1])) - 1;
    if (!unknown && headerEnd + 4 + segment[1] + segment[0] > size) {
      throw refused(CUT_SHORT.formatted("video"));
    }
  }

  /** An EBML variable-length number at {@code offset}: {value, length in bytes}, or null. */
  private static long @org.jspecify.annotations.Nullable [] vint(byte[] bytes, int offset) {
    if (offset >= bytes.length || bytes[offset] == 0) {
      return null;
    }
    int first = bytes[offset] & 0xFF;
    int length = Integer.numberOfLeadingZeros(first) - 24 + 1;
    if (offset + length > bytes.length) {
      return null;
    }
    long value = first & (0xFF >> length);
    for (int i = 1; i < length; i++) {
      value = (value << 8) | (bytes[offset + i] & 0xFF);
    }
    return new long[] {value, length};
  }

  /** Ogg: pages one after another to the end, the last marked as the end of its stream. */
  static void checkOgg(FileChannel channel, long size) throws IOException {
    long position = 0;
    int flags = 0;
    boolean first = true;
    while (position < size) {
      byte[] header = readAt(channel, position, 27);
      if (header.length < 27 || !startsWith(header, 0, 'O', 'g', 'g', 'S')) {
        throw refused(CUT_SHORT.formatted("audio"));
      }
      flags = header[5];
      int segments = header[26] & 0xFF;
      byte[] table = readAt(channel, position + 27, segments);
      if (table.length < segments) {
        throw refused(CUT_SHORT.formatted("audio"));
      }
      long body = 0;
      for (byte lacing : table) {
        body += lacing & 0xFF;
      }
      if (first && startsWith(readAt(channel, position + 27 + segments, 7), 1, 't', 'h', 'e')) {
        throw refused("Ogg video cannot be added. Save the video as MP4 or WebM");
      }
      first = false;
      position += 27 + segments + body;
    }
    if (position != size || (flags & 0x04) == 0) {
      throw refused(CUT_SHORT.formatted("audio"));
    }
  }

  /** An MPEG audio frame header: the sync bits, a layer, a bit rate and a sample rate. */
  static boolean isMp3Frame(byte[] bytes, int offset) {
    if (bytes.length < offset + 4) {
      return false;
    }
    int b1 = bytes[offset + 1] & 0xFF;
    int b2 = bytes[offset + 2] & 0xFF;
    return (bytes[offset] & 0xFF) == 0xFF
        && (b1 & 0xE0) == 0xE0
        && (b1 & 0x18) != 0x08
        && (b1 & 0x06) != 0
        && (b2 & 0xF0) != 0xF0
        && (b2 & 0xF0) != 0
        && (b2 & 0x0C) != 0x0C;
  }

  /**
   * MP3: an ID3 tag (if any) that fits in the file, then a frame header. MP3 has no index, so a
   * file cut short still plays up to the cut; what is checked is that there is audio after the tag.
   */
  static void checkMp3(FileChannel channel, byte[] head, long size) throws IOException {
    long audioStart = 0;
    if (startsWith(head, 0, 'I', 'D', '3')) {
      if (head.length < 10) {
        throw refused(CUT_SHORT.formatted("audio"));
      }
      long tag = 0;
      for (int i = 6; i < 10; i++) {
        tag = (tag << 7) | (head[i] & 0x7F);
      }
      audioStart = 10 + tag + ((head[5] & 0x10) != 0 ? 10 : 0);
    }
    if (audioStart + 4 > size || !isMp3Frame(readAt(channel, audioStart, 4), 0)) {
      throw refused(CUT_SHORT.formatted("audio"));
    }
  }
}
