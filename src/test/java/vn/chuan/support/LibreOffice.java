package vn.chuan.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Opens a file Chuẩn writes as an officer's computer would: LibreOffice, headless, prints it to PDF. */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    public static boolean installed() {
        return Files.isExecutable(SOFFICE);
    }

    /** The file printed to PDF by LibreOffice ({@code name} gives the type: "form.xlsx", "list.docx"). */
    public static PdfReader print(byte[] file, String name, Path dir) throws IOException, InterruptedException {
        Path source = dir.resolve(name);
        Files.write(source, file);
        Process office = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), source.toString()).redirectErrorStream(true).start();
        office.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (office.waitFor() != 0) {
            throw new IllegalStateException("LibreOffice could not convert " + name);
        }
        return new PdfReader(Files.readAllBytes(dir.resolve(name.replaceAll("\\.[a-z]+$", ".pdf"))));
    }

    /** The text of every page, in order. */
    public static String text(PdfReader pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(i)).append('\n');
        }
        return text.toString();
    }
}
