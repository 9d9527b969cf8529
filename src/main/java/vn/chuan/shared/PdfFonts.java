package vn.chuan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The faces Chuẩn's PDF papers are set in: DejaVu Sans Condensed, embedded, because the standard
 * PDF fonts have no Vietnamese letters and an officer's computer may not have ours.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return font("/fonts/DejaVuSansCondensed.ttf");
    }

    public static BaseFont bold() {
        return font("/fonts/DejaVuSansCondensed-Bold.ttf");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing font " + resource));
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
