package care.tandem.learning.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Tiny files of each kind the media store takes, built byte by byte, and damaged copies. */
final class SampleMedia {

  private SampleMedia() {}

  /** An MP4: file type box (brand), an empty movie box and a media data box of {@code data}. */
  static byte[] mp4(String brand, int data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    box(out, "ftyp", concat(ascii(brand), new byte[] {0, 0, 2, 0}, ascii("isom")));
    box(out, "moov", new byte[0]);
    box(out, "mdat", new byte[data]);
    return out.toByteArray();
  }

  static byte[] mp4() {
    return mp4("isom", 64);
  }

  /** A real 1 by 1 pixel grey PNG. */
  static byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[] {0, (byte) 0x80});
    deflater.finish();
    byte[] compressed = new byte[64];
    int length = deflater.deflate(compressed);
    chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  static byte[] jpeg() {
    return concat(
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
        ascii("JFIF"),
        new byte[20],
        new byte[] {(byte) 0xFF, (byte) 0xD9});
  }

  static byte[] pdf() {
    return ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
  }

  /** A WebM: EBML header with its document type, then a segment holding {@code data} bytes. */
  static byte[] webm(String docType, int data) {
    byte[] type =
        concat(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | docType.length())}, ascii(docType));
    byte[] segment =
        concat(new byte[] {(byte) 0xEC, (byte) (0x80 | (data - 2))}, new byte[data - 2]);
    return concat(
        new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | type.length)},
        type,
        new byte[] {0x18, 0x53, (byte) 0x80, 0x67, (byte) (0x80 | segment.length)},
        segment);
  }

  static byte[] webm() {
    return webm("webm", 40);
  }

  /** One Ogg page holding a Vorbis header; {@code flags} 6 is first and last page. */
  static byte[] ogg(int flags) {
    byte[] body = concat(new byte[] {1}, ascii("vorbis"), new byte[23]);
    ByteBuffer page = ByteBuffer.allocate(27 + 1 + body.length);
    page.put(ascii("OggS")).put((byte) 0).put((byte) flags).put(new byte[20]);
    page.put((byte) 1).put((byte) body.length).put(body);
    return page.array();
  }

  static byte[] ogg() {
    return ogg(6);
  }

  /** An MP3: an empty ID3 tag, then one MPEG-1 layer III frame header and silence. */
  static byte[] mp3() {
    return concat(
        ascii("ID3"),
        new byte[] {3, 0, 0, 0, 0, 0, 0},
        new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64},
        new byte[413]);
  }

  static byte[] vtt() {
    return "WEBVTT\n\n00:00.000 --> 00:02.000\nPain and mood affect each other.\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] cut(byte[] bytes, int keep) {
    return java.util.Arrays.copyOf(bytes, keep);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void box(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(8 + data.length).array());
    out.writeBytes(ascii(type));
    out.writeBytes(data);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    out.writeBytes(ascii(type));
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
