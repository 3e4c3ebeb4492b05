package org.sahelsim.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.Scenario;

/**
 * Pictures of one replication at chosen days, drawn headless with the GUI's portrayals
 * ({@code sahel run --snapshots}). A run is a pure function of (scenario, parameters, seed), so
 * replaying the first run's seed here gives exactly the trajectory that the study's run 0 wrote to
 * its tables, without slowing down the parallel study.
 */
public final class RunSnapshots {
    private RunSnapshots() {}

    /**
     * Replays one run and writes {@code snapshot-<day>.png} into {@code dir} at the end of each of
     * {@code days} (each in 1..runDays), with the markers of the last days and the heat map of
     * jihadist presence so far. Returns the files written, in day order.
     */
    public static List<Path> write(Scenario scenario, Parameters parameters, long seed, int runDays, int[] days,
                                   Path dir, int widthPx) {
        SahelModel model = new SahelModel(scenario, parameters, seed);
        List<Path> written = new ArrayList<>();
        boolean[] wanted = new boolean[runDays + 1];
        int last = 0;
        for (int d : days) {
            if (d < 1 || d > runDays) {
                throw new IllegalArgumentException("snapshot day " + d + " outside 1.." + runDays);
            }
            wanted[d] = true;
            last = Math.max(last, d);
        }
        RunView[] view = new RunView[1];
        RunListener shooter = new RunListener() {
            @Override
            public void onDay(int day, LocalDate date, double[] metrics) {
                if (day < wanted.length && wanted[day]) {
                    Path file = dir.resolve("snapshot-" + day + ".png");
                    try {
                        SnapshotRenderer.write(view[0], file, widthPx, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
                    }
                    written.add(file);
                }
            }
        };
        view[0] = new RunView(model, shooter, RunView.DEFAULT_FADE_DAYS).install();
        model.runDays(last);
        return written;
    }
}
