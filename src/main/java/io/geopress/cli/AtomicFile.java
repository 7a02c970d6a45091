package io.geopress.cli;

import io.geopress.model.GeopressException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A file a command writes whole: beside its final name first, then moved there in one step. */
final class AtomicFile {
    private AtomicFile() {}

    /** A temporary file is its owner's alone: the file it becomes keeps the target's permissions, or a new file's usual ones. */
    private static void readableAsAWrittenFile(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Writes {@code text} to {@code file}; {@code what} names it in the one-line error ("the report"). */
    static void write(Path file, CharSequence text, String what) {
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                readableAsAWrittenFile(temporary, target);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new GeopressException(file + ": cannot write " + what + " (" + e.getMessage() + ")", e);
        }
    }
}
