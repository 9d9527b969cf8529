package vn.chuan.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link MultiRowInsert}'s rows through PostgreSQL's {@code COPY … FROM STDIN} (text format), in the caller's
 * transaction. The statement is made from the same insert and row template: each {@code ?} is a bound value, a literal
 * ({@code 0}, {@code null}) is written as is. When ids are asked for, they are taken from the column's sequence first and
 * copied with the rows, in the rows' order.
 */
final class PostgresCopy {

    private static final Pattern INSERT = Pattern.compile("(?is)\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*");
    /** Bytes handed to the driver at a time. */
    private static final int FLUSH = 1 << 16;

    private PostgresCopy() {
    }

    static <T> void insert(Connection connection, String into, String row, List<T> rows, MultiRowInsert.Binder<T> binder,
            String idColumn, List<Long> ids) throws SQLException {
        Matcher insert = INSERT.matcher(into);
        if (!insert.matches()) {
            throw new IllegalArgumentException("not an insert with a column list: " + into);
        }
        String table = insert.group(1);
        List<String> columns = new ArrayList<>(List.of(insert.group(2).strip().split("\\s*,\\s*")));
        String[] template = row.strip().replaceAll("^\\(|\\)$", "").split("\\s*,\\s*");
        if (template.length != columns.size()) {
            throw new IllegalArgumentException("the row has " + template.length + " values for " + columns.size() + " columns: " + into);
        }
        long[] newIds = null;
        if (idColumn != null) {
            newIds = nextIds(connection, table, idColumn, rows.size());
            columns.add(0, idColumn);
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
        try {
            Line line = new Line(template);
            MultiRowInsert.Parameters parameters = new MultiRowInsert.Parameters(line);
            for (int i = 0; i < rows.size(); i++) {
                line.start(newIds == null ? null : newIds[i]);
                binder.bind(parameters, rows.get(i));
                line.end();
                if (line.text.length() >= FLUSH) {
                    line.flushTo(copy);
                }
            }
            line.flushTo(copy);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        if (ids != null) {
            for (long id : newIds) {
                ids.add(id);
            }
        }
    }

    private static long[] nextIds(Connection connection, String table, String idColumn, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, ?)) from generate_series(1, ?)")) {
            next.setString(1, table);
            next.setString(2, idColumn);
            next.setInt(3, count);
            try (ResultSet result = next.executeQuery()) {
                for (int i = 0; result.next(); i++) {
                    ids[i] = result.getLong(1);
                }
            }
        }
        return ids;
    }

    /** The COPY text being written: one line per row, tab between values, {@code \N} for null. */
    private static final class Line implements MultiRowInsert.Sink {

        private final String[] template;
        private final StringBuilder text = new StringBuilder(FLUSH + 4096);
        private int next;

        Line(String[] template) {
            this.template = template;
        }

        void start(Long id) {
            next = 0;
            if (id != null) {
                text.append(id).append('\t');
            }
            literals();
        }

        void end() {
            literals();
            if (next != template.length) {
                throw new IllegalStateException("a row bound " + next + " of " + template.length + " values");
            }
            text.setCharAt(text.length() - 1, '\n');
        }

        @Override
        public void set(Object value, int sqlType) {
            if (next >= template.length || !template[next].equals("?")) {
                throw new IllegalStateException("more values bound than the row has parameters");
            }
            value(value);
            next++;
            literals();
        }

        /** The template's constants up to its next parameter, as written. */
        private void literals() {
            while (next < template.length && !template[next].equals("?")) {
                text.append(template[next].equalsIgnoreCase("null") ? "\\N" : template[next]).append('\t');
                next++;
            }
        }

        private void value(Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof Timestamp t) {
                text.append(t.toLocalDateTime());
            } else if (value instanceof Number || value instanceof LocalDate) {
                text.append(value);
            } else {
                escape(value.toString());
            }
            text.append('\t');
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        void flushTo(CopyIn copy) throws SQLException {
            if (!text.isEmpty()) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                text.setLength(0);
            }
        }
    }
}
