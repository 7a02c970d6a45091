package io.geopress.cli;

import io.geopress.model.GeopressException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file a command writes whole: beside its final name first, then moved there in one step. */
final class AtomicFile {
    private AtomicFile() {}

    /** Writes {@code text} to {@code file}; {@code what} names it in the one-line error ("the report"). */
    static void write(Path file, CharSequence text, String what) {
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new GeopressException(file + ": cannot write " + what + " (" + e.getMessage() + ")", e);
        }
    }
}
