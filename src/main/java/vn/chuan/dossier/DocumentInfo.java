package vn.chuan.dossier;

import java.time.LocalDateTime;

/** A stored document without its content: what the list shows. */
public record DocumentInfo(long id, DocumentKind kind, AttachedTo attachedTo, Long attachedId, String attachedLabel, String title,
        String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
