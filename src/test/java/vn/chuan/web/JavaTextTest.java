package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.chuan.shared.Messages;

/**
 * The Java code writes no Vietnamese sentence of its own: what it shows a user (refusals, notices,
 * history, file headers, command-line output) is a code in messages.properties read through
 * {@link Messages}. What stays in Java is data and vocabulary, said here once: the seeds of the
 * catalogues and the demo province, the headers of the interchange format, words read back from
 * users' files (a {@code case} label, an {@code equals}), legal citations and the API description.
 */
class JavaTextTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/chuan");

    /** Files that are data, not text: their Vietnamese is what they hold. */
    private static final Set<String> DATA = Set.of(
            "standards/SeededStandardSets.java",   // the standards of NĐ 33/2023, TT 06/2025 … as seeded
            "targets/SeededIndicators.java",        // the indicators of the seeds' resolutions
            "shared/PositionTitle.java",           // the built-in title catalogue (seed of position_title)
            "shared/Ethnicity.java",               // the 54 ethnic groups' official names
            "training/TrainingStartup.java",       // the seeded programmes
            "imports/InterchangeColumn.java");     // the interchange format's headers (the format itself)

    private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹ]");
    /** A literal read back from input, a legal citation, or an annotation member (the API description). */
    private static final Pattern VOCABULARY = Pattern.compile(
            "(\\bcase(\\s*\"\"\\s*,)*|equals\\(|equalsIgnoreCase\\("
            + "|contains\\(|startsWith\\(|endsWith\\(|compile\\(|replace\\(|[(,]\\s*\\w+\\s*=(\\s*\"\"\\s*\\+)*)\\s*$");
    private static final Pattern CITATION = Pattern.compile(
            "^\"(NĐ|TT|Luật|QĐ|NQ|Quy định|"
            + "Hướng dẫn|Kết luận|Chỉ thị|Thông tư|Nghị định|Nghị quyết|Quyết định|Công văn|Hiến pháp|Điều \\d|Bộ luật)\\b[^\"]*\\d");
    private static final Pattern CODE_NAME = Pattern.compile("[a-z]+(\\.[a-z][A-Za-z0-9]*)+");
    private static final Pattern MESSAGE_CODE = Pattern.compile("Messages\\.text\\(\"([^\"]+)\"");

    @Test
    void javaWritesNoVietnameseTextOutsideMessages() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (DATA.contains(relative) || relative.startsWith("demo/")) {
                continue;
            }
            String code = Files.readString(file);
            for (Literal literal : literals(code)) {
                if (VIETNAMESE.matcher(literal.text()).find() && !VOCABULARY.matcher(literal.before()).find()
                        && !CITATION.matcher(literal.text()).find()) {
                    offenders.add(relative + ":" + literal.line() + " " + literal.text());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyCodeTheJavaReadsIsInMessages() throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        Set<String> missing = new TreeSet<>();
        Set<String> badlyNamed = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = MESSAGE_CODE.matcher(Files.readString(file));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
                if (!CODE_NAME.matcher(m.group(1)).matches()) {
                    badlyNamed.add(m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(badlyNamed).as("codes are the module, then English names: people.post.unitRequired").isEmpty();
        assertThat(Messages.text("shared.file.csvTooLarge", 20))
                .isEqualTo("Tệp CSV quá lớn: tối đa 20 MB. Hãy chia danh sách thành nhiều tệp.");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A string literal (text blocks included), its line, and the code just before it. */
    record Literal(String text, int line, String before) {
    }

    /** The string literals of a Java file, comments and character literals skipped. */
    static List<Literal> literals(String code) {
        List<Literal> found = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = Math.max(code.indexOf('\n', i), i + 1);
            } else if (code.startsWith("/*", i)) {
                i = code.indexOf("*/", i) + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                found.add(new Literal(code.substring(i, end + 3), line(code, i), tail(before)));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new Literal(code.substring(i, end + 1), line(code, i), tail(before)));
                }
                before.append("\"\"");
                i = end + 1;
            } else {
                before.append(c);
                i++;
            }
        }
        return found;
    }

    private static String tail(StringBuilder code) {
        return code.substring(Math.max(0, code.length() - 200)).replaceAll("\\s+", " ");
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
