package dev.assay.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads answer files strictly as UTF-8 text, refusing binaries and oversized files. */
public final class Inputs {
  /** Files larger than this are refused before decoding (the answer limit is in characters). */
  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private Inputs() {}

  static String readText(String name) {
    try {
      byte[] bytes;
      if (name.equals("-")) {
        bytes = readLimited(System.in);
      } else {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          throw new BadInputException(name + ": is a directory, not an answer file");
        }
        if (Files.size(p) > MAX_FILE_BYTES) {
          throw new BadInputException(name + ": " + Files.size(p) + " bytes, over the file limit of " + MAX_FILE_BYTES);
        }
        bytes = Files.readAllBytes(p);
      }
      return decode(name, bytes);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read: " + e.getMessage());
    }
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new BadInputException("-: standard input is over the file limit of " + MAX_FILE_BYTES + " bytes");
    }
    return bytes;
  }

  static String decode(String name, byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadInputException(name + ": not a text file (it holds NUL bytes)");
      }
    }
    try {
      return strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": not UTF-8 text");
    }
  }

  /** Decodes UTF-8, refusing malformed input rather than replacing it, and drops a leading BOM. */
  public static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    String s =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
