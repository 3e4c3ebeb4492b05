package org.sahelsim.experiment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.core.UserError;

/**
 * What a study records and how: gzip or plain CSV, which runs' events and timeseries rows are
 * written, and the aggregate table of events by period, place and ACLED event type. Parsed from
 * the flags of {@code sahel run} ({@code --compress}, {@code --events}, {@code --timeseries},
 * {@code --aggregate}) and recorded in the manifest so that {@code --resume} continues alike.
 *
 * @param gzip       whether the tables are written as {@code .csv.gz}
 * @param events     the runs whose events are written in full to the events table
 * @param timeseries the runs whose daily rows are written to the timeseries table
 * @param aggregate  the aggregate table's period and unit (or none)
 */
public record OutputOptions(boolean gzip, Sampling events, Sampling timeseries, Aggregate aggregate)
        implements java.io.Serializable {

    /** Above this many simulated run-days (runs x days) {@code --compress auto} writes gzip. */
    public static final long AUTO_GZIP_RUN_DAYS = 100_000;
    /** The default of {@code --events}: the first 100 runs in full. */
    public static final String DEFAULT_EVENTS = "first:100";
    public static final String DEFAULT_TIMESERIES = "all";
    public static final String DEFAULT_AGGREGATE = "month:region";

    /** Everything, in plain CSV, no aggregate table: what SahelSim wrote before these options. */
    public static final OutputOptions EVERYTHING_PLAIN =
            new OutputOptions(false, Sampling.ALL, Sampling.ALL, Aggregate.NONE);

    /** The defaults for a study of {@code runs} runs of {@code days} days. */
    public static OutputOptions defaults(int runs, int days) {
        return parse("auto", DEFAULT_EVENTS, DEFAULT_TIMESERIES, DEFAULT_AGGREGATE, runs, days);
    }

    /** Parses the four flags; a bad value is a {@link UserError} naming the flag. */
    public static OutputOptions parse(String compress, String events, String timeseries, String aggregate,
                                      int runs, int days) {
        boolean gzip = switch (compress.toLowerCase(Locale.ROOT)) {
            case "gzip" -> true;
            case "none" -> false;
            case "auto" -> (long) runs * days > AUTO_GZIP_RUN_DAYS;
            default -> throw new UserError("--compress " + compress + ": expected auto, gzip or none");
        };
        return new OutputOptions(gzip, Sampling.parse("--events", events), Sampling.parse("--timeseries", timeseries),
                Aggregate.parse(aggregate));
    }

    /** File name of a table ({@code events.csv}) as written: with {@code .gz} when compressed. */
    public String fileName(String table) {
        return gzip ? table + ".gz" : table;
    }

    /** For the manifest. */
    public Map<String, Object> toManifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("compress", gzip ? "gzip" : "none");
        m.put("events", events.toString());
        m.put("timeseries", timeseries.toString());
        m.put("aggregate", aggregate.toString());
        return m;
    }

    /** Which runs a table records. */
    public record Sampling(Kind kind, int k) implements java.io.Serializable {
        public enum Kind { ALL, NONE, FIRST, EVERY }

        public static final Sampling ALL = new Sampling(Kind.ALL, 0);
        public static final Sampling NONE = new Sampling(Kind.NONE, 0);

        public boolean includes(int run) {
            return switch (kind) {
                case ALL -> true;
                case NONE -> false;
                case FIRST -> run < k;
                case EVERY -> run % k == 0;
            };
        }

        static Sampling parse(String flag, String spec) {
            String s = spec.trim().toLowerCase(Locale.ROOT);
            if (s.equals("all")) {
                return ALL;
            }
            if (s.equals("none")) {
                return NONE;
            }
            int colon = s.indexOf(':');
            if (colon > 0) {
                String head = s.substring(0, colon);
                int k;
                try {
                    k = Integer.parseInt(s.substring(colon + 1));
                } catch (NumberFormatException e) {
                    k = 0;
                }
                if (k >= 1 && (head.equals("first") || head.equals("every"))) {
                    return new Sampling(head.equals("first") ? Kind.FIRST : Kind.EVERY, k);
                }
            }
            throw new UserError(flag + " " + spec + ": expected all, none, first:K (runs 0..K-1) or every:K "
                    + "(runs 0, K, 2K...) with K a positive whole number");
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ALL -> "all";
                case NONE -> "none";
                case FIRST -> "first:" + k;
                case EVERY -> "every:" + k;
            };
        }
    }

    /** The aggregate table: events and deaths per run, period, place and event type. */
    public record Aggregate(Period period, Unit unit) implements java.io.Serializable {
        public enum Period { DAY, MONTH }

        public enum Unit { REGION, CELL }

        public static final Aggregate NONE = new Aggregate(null, null);

        public boolean enabled() {
            return period != null;
        }

        static Aggregate parse(String spec) {
            String s = spec.trim().toLowerCase(Locale.ROOT);
            if (s.equals("none")) {
                return NONE;
            }
            String[] p = s.split(":", -1);
            if (p.length == 2 && (p[0].equals("day") || p[0].equals("month"))
                    && (p[1].equals("region") || p[1].equals("cell"))) {
                return new Aggregate(p[0].equals("day") ? Period.DAY : Period.MONTH,
                        p[1].equals("region") ? Unit.REGION : Unit.CELL);
            }
            throw new UserError("--aggregate " + spec + ": expected PERIOD:PLACE with PERIOD day or month and PLACE "
                    + "region or cell (e.g. month:region), or none");
        }

        @Override
        public String toString() {
            return enabled() ? period.name().toLowerCase(Locale.ROOT) + ":" + unit.name().toLowerCase(Locale.ROOT) : "none";
        }
    }
}
