package org.parcelrecon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rendered report.html shows, read from the document Chromium serialised after the page's script ran: the
 * elements the page marks with {@code id} and {@code data-} attributes for its own script, read with patterns (the
 * markup is the template's own, not arbitrary HTML).
 *
 * @param dom the serialised document
 */
record ReportPage(String dom) {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final Pattern COMMUNE_ROW = Pattern.compile("(?s)<tr (data-commune=[^>]*)>(.*?)</tr>");
    private static final Pattern SEGMENT = Pattern.compile("<span class=\"seg [^>]*data-count=\"(\\d+)\"");

    /** The page script's own verdict: {@code ready} once it ran to its end. */
    String status() {
        return attributes(first("<html[^>]*>")).getOrDefault("data-report", "");
    }

    /** The script errors the page caught and wrote into itself. */
    List<String> errors() {
        String list = first("(?s)<ul id=\"report-errors\".*?</ul>");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<li>(.*?)</li>").matcher(list);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The commune table's rows by commune code: their {@code data-} counts. */
    Map<String, Map<String, String>> communeRows() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher m = COMMUNE_ROW.matcher(section("commune-table"));
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            out.put(a.get("data-commune"), a);
        }
        return out;
    }

    /** Each commune's chart: the counts its bar segments stand for, in status order. */
    Map<String, List<Long>> communeBars() {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        Matcher m = COMMUNE_ROW.matcher(section("commune-table"));
        while (m.find()) {
            out.put(attributes(m.group(1)).get("data-commune"), segments(m.group(2)));
        }
        return out;
    }

    /** The province's bar: the counts its segments stand for, in status order. */
    List<Long> provinceBar() {
        return segments(first("(?s)<div class=\"bar big\" id=\"province-bar\">.*?</div>"));
    }

    /** The reasons table: code to parcels, in the table's order. */
    Map<String, Long> reasons() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, String> a : tags("<tr data-code=[^>]*>")) {
            out.put(a.get("data-code"), Long.parseLong(a.get("data-records")));
        }
        return out;
    }

    /** The map's attributes once drawn: commune, parcels drawn there, communes and parcels in all. */
    Map<String, String> map() {
        return attributes(first("<svg id=\"map\"[^>]*>"));
    }

    /** The parcels drawn on the map. */
    int mapPaths() {
        String svg = first("(?s)<svg id=\"map\".*?</svg>");
        return (int) Pattern.compile("<path ").matcher(svg).results().count();
    }

    /** Whether the page says that there is no map to draw. */
    boolean saysNoMap() {
        return dom.contains("id=\"map-none\"");
    }

    /** The change counts: kind to {@code [total, listed]}, in the page's order. */
    Map<String, long[]> changeCounts() {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Map<String, String> a : tags("<li data-kind=[^>]*>")) {
            out.put(a.get("data-kind"), new long[] {Long.parseLong(a.get("data-total")),
                Long.parseLong(a.get("data-shown"))});
        }
        return out;
    }

    /** The change table's rows: their kinds, top to bottom. */
    List<String> changeRowKinds() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> a : tags("<tr class=\"kind-[^>]*>")) {
            out.add(a.get("data-kind"));
        }
        return out;
    }

    /** Whether the page says that there was no earlier run. */
    boolean saysFirstRun() {
        return dom.contains("id=\"changes-none\"");
    }

    private List<Long> segments(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(html);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    private String section(String id) {
        return first("(?s)<table id=\"" + id + "\".*?</table>");
    }

    private List<Map<String, String>> tags(String regex) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(dom);
        while (m.find()) {
            out.add(attributes(m.group()));
        }
        return out;
    }

    private String first(String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        return m.find() ? m.group() : "";
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }
}
