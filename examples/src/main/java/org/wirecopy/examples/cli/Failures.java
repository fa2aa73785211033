package org.wirecopy.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why an input failed, for a line {@code NAME: reason} on standard error. */
final class Failures {

  private Failures() {}

  /**
   * The reason, without a stack trace and without repeating the input's name.
   *
   * @param e what was thrown
   * @param name the input's name, printed before the reason
   * @return a short phrase
   */
  static String reason(Throwable e, String name) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return reason(e.getCause(), name);
    }
    if (e instanceof FileSystemException f) {
      String what = f instanceof NoSuchFileException ? "no such file"
          : f instanceof AccessDeniedException ? "permission denied"
          : f.getReason() != null ? f.getReason()
          : f.getClass().getSimpleName();
      return f.getFile() == null || f.getFile().equals(name) ? what : what + ": " + f.getFile();
    }
    if (e instanceof JsonProcessingException j) {
      // The original message, without Jackson's multi-line source excerpt and reference chain.
      JsonLocation at = j.getLocation();
      return j.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // The parser names its source first ("NAME: malformed UTF-8 at byte offset 12").
    return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
  }
}
