package org.sahelsim.experiment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.map.Camp;
import org.sahelsim.map.Camps;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Town;

/**
 * {@code displacement.csv}: displaced people by site and day, one column per camp (refugees) and
 * one per town of Mali (internally displaced people it hosts), after Flee's validation tables
 * (one column per camp); one row per run and day, {@code run,day,date} first as in
 * timeseries.csv. Written beside the other tables by {@link ResultWriter}: a part file while the
 * study runs, renamed at its end; on {@code --resume} the rows of the runs kept are kept.
 */
public final class DisplacementTable {
    public static final String FILE = "displacement.csv";

    private OutputStream out;
    private Path dir;

    /** The header: run, day, date, then the camps ({@code camp_<name>}) and the towns ({@code idps_<name>}). */
    public static String header() {
        StringBuilder sb = new StringBuilder("run,day,date");
        for (Camp c : Camps.get().camps()) {
            sb.append(',');
            Csv.text(sb, "camp_" + c.name());
        }
        for (Town t : MaliMap.get().towns()) {
            sb.append(',');
            Csv.text(sb, "idps_" + t.name());
        }
        return sb.toString();
    }

    /** One row: displaced people by site (the map's towns then the camps), written camps first as in the header. */
    static void row(StringBuilder sb, String prefix, int[] bySite) {
        int towns = bySite.length - Camps.get().camps().size();
        sb.append(prefix);
        for (int s = towns; s < bySite.length; s++) {
            sb.append(',').append(bySite[s]);
        }
        for (int s = 0; s < towns; s++) {
            sb.append(',').append(bySite[s]);
        }
        sb.append('\n');
    }

    void open(Path dir) throws IOException {
        this.dir = dir;
        Files.deleteIfExists(dir.resolve(FILE));
        out = new BufferedOutputStream(Files.newOutputStream(AtomicFiles.partOf(dir.resolve(FILE))), 1 << 16);
        out.write((header() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Last row kept of each resumed run, by run index (for the summary's map layer). */
    private final java.util.Map<Integer, String> lastRows = new java.util.HashMap<>();

    /** A run read back from the journal, with its last displacement row kept on resume (the map needs it). */
    RunResult restored(RunResult r) {
        String last = lastRows.get(r.run());
        return last == null ? r : new RunResult(r.run(), r.seed(), r.timeseriesRows(), r.townRows(), r.eventRows(),
                r.metricsAtDays(), r.endControl(), r.firstGovernmentDay(), r.presence(), r.aggregateRows(), r.yearly(), last + "\n");
    }

    /** Keeps the rows of the first {@code runs} runs (from the part file, else the final one) and reopens for appending. */
    void resume(Path dir, int runs) throws IOException {
        this.dir = dir;
        Path part = AtomicFiles.partOf(dir.resolve(FILE));
        Path source = Files.exists(part) ? part : dir.resolve(FILE);
        List<String> kept = new ArrayList<>();
        kept.add(header());
        long columns = header().chars().filter(ch -> ch == ',').count();
        if (Files.exists(source)) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i);
                int comma = l.indexOf(',');
                boolean whole = l.chars().filter(ch -> ch == ',').count() == columns && !l.endsWith(",");
                if (comma > 0 && whole && isRunBelow(l.substring(0, comma), runs)) {
                    kept.add(l);
                    lastRows.put(Integer.parseInt(l.substring(0, comma)), l);
                }
            }
        }
        Files.write(part, (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.deleteIfExists(dir.resolve(FILE));
        out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.APPEND), 1 << 16);
    }

    private static boolean isRunBelow(String run, int runs) {
        try {
            return Integer.parseInt(run) < runs;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void write(RunResult r) throws IOException {
        if (out != null && r.displacementRows() != null) {
            out.write(r.displacementRows().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Closes the part file and puts it in place. */
    void finish() throws IOException {
        if (out != null) {
            out.close();
            out = null;
            Path part = AtomicFiles.partOf(dir.resolve(FILE));
            if (Files.exists(part)) {
                AtomicFiles.move(part, dir.resolve(FILE));
            }
        }
    }

    /** Closes the part file after a failure (it stays for --resume). */
    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // already failing
            }
            out = null;
        }
    }
}
