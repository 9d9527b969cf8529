package vn.chuan.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a document may be, recognised by their first bytes, never by their name: a renamed
 * program is none of them.
 */
enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    FileType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.signature.length && Arrays.equals(content, 0, t.signature.length, t.signature, 0,
                        t.signature.length))
                .findFirst();
    }

    static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    boolean isImage() {
        return this != PDF;
    }
}
