package vn.chuan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file that can be read more than once: checked first, then read again to write (so memory stays bounded). */
@FunctionalInterface
public interface ImportSource {

    InputStream open() throws IOException;

    static ImportSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static ImportSource of(byte[] content) {
        return () -> new ByteArrayInputStream(content);
    }
}
