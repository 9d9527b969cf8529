package vn.chuan.reports;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import vn.chuan.shared.Shares;

/**
 * A report's rows as HTML, written here rather than by the template: a province's form has thousands of cells, and a
 * dozen template expressions for each took 95 % of the page's time (0,6 s of 0,63 s for 2.500 persons, the figures
 * themselves 20 ms). Every text is escaped; every address is made of ids, a date and the columns' own list filters.
 */
final class ReportGridHtml {

    private ReportGridHtml() {
    }

    /**
     * One row per unit then the total: the unit opens its own form ({@code base}, the same {@code extra} parameters), each
     * count the list of the people it counts, with its share of the row under it.
     */
    static String rows(ReportTable form, String base, LocalDate asOf, String extra) {
        StringBuilder html = new StringBuilder(form.rowsAndTotal().size() * form.columns().size() * 90);
        // Escaped once per column and once per row, not per cell: escaping a text piece by piece gives the same text.
        List<String> filters = form.columns().stream().map(column -> escape(column.listFilter())).toList();
        String rowLink = escape(base) + "?donVi=";
        String rowQuery = escape("&ngay=" + asOf + extra);
        String listQuery = escape("&ngay=" + asOf + "&");
        for (ReportTable.Row row : form.rowsAndTotal()) {
            long unitId = row.unit().id().value();
            html.append(row == form.total() ? "<tr class=\"fw-semibold table-light\">" : "<tr>");
            html.append("<td><a href=\"").append(rowLink).append(unitId).append(rowQuery).append("\">")
                    .append(escape(row.label())).append("</a></td>");
            for (int i = 0; i < filters.size(); i++) {
                ReportColumn column = form.columns().get(i);
                html.append("<td><a class=\"count\" href=\"/can-bo?donVi=").append(unitId).append(listQuery).append(filters.get(i))
                        .append("\">").append(Shares.count(row.count(column))).append("</a>");
                if (!column.isTotal()) {
                    // Digits, a comma, a percent sign or a dash: nothing to escape.
                    html.append("<small>").append(row.share(column)).append("</small>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
