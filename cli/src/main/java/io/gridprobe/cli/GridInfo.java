package io.gridprobe.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grid's own description from {@code /get_grid_info} (OpenSim) for the report; "unknown" when it has none. */
final class GridInfo {
    private static final Pattern TAG = Pattern.compile("<(gridname|platform|version)>([^<]*)</\\1>");

    private GridInfo() {
    }

    static String describe(URI loginUri) {
        try {
            URI info = loginUri.resolve("/get_grid_info");
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(info).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return "unknown (get_grid_info: HTTP " + r.statusCode() + ")";
            }
            StringBuilder sb = new StringBuilder();
            Matcher m = TAG.matcher(r.body());
            while (m.find()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(m.group(1)).append('=').append(m.group(2).strip());
            }
            return sb.length() == 0 ? "unknown" : sb.toString();
        } catch (Exception e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }
}
