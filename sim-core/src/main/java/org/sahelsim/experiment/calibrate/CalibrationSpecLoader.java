package org.sahelsim.experiment.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import org.sahelsim.experiment.JsonSpec;
import org.sahelsim.experiment.JsonSpec.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.core.UserError;
import org.sahelsim.scenario.Scenario;

/**
 * Reads a calibration spec: JSON syntax, the JSON Schema
 * ({@code scenarios/calibration/calibration.schema.json}), then what a schema cannot check
 * (parameter keys and prior ranges against the catalogue, towns, dates within the runs, unique
 * names). The first problem is thrown as a {@link UserError}: {@code FILE:LINE:COLUMN: pointer: problem}.
 */
public final class CalibrationSpecLoader {
    public static final String SCHEMA_RESOURCE = "/org/sahelsim/experiment/calibrate/calibration.schema.json";
    /** Margin added to the last day the calibration targets need when the spec gives no {@code days}. */
    public static final int DEFAULT_MARGIN_DAYS = 7;

    private static final JsonSchema SCHEMA = JsonSpec.schema(CalibrationSpecLoader.class, SCHEMA_RESOURCE, "calibration schema");

    private CalibrationSpecLoader() {}

    /** Reads and checks a spec file; {@code scenarios} loads (and validates) the scenario a spec names. */
    public static CalibrationSpec load(Path file, Function<Path, Scenario> scenarios) {
        JsonSpec.Read r = JsonSpec.read(file, "a calibration spec .json file");
        return parse(r.shown(), r.name(), r.text(), r.folder(), r.sha256(), scenarios);
    }

    static CalibrationSpec parse(String shown, String name, String text, Path folder, String sha256, Function<Path, Scenario> scenarios) {
        JsonSpec.Parsed parsed = JsonSpec.parse(shown, text, SCHEMA);
        JsonNode root = parsed.root();
        Checker c = parsed.checker();

        Path scenarioFile = folder.resolve(root.get("scenario").asText()).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            c.fail("/scenario", "no scenario file at " + scenarioFile + " (the path is relative to the spec file)");
        }
        Scenario scenario = scenarios.apply(scenarioFile);

        List<Prior> priors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode params = root.get("parameters");
        for (int i = 0; i < params.size(); i++) {
            JsonNode p = params.get(i);
            String at = "/parameters/" + i;
            String key = p.get("key").asText();
            ParameterInfo info = c.parameter(at, key, keys, "calibrated twice");
            double lo = p.get("range").get(0).asDouble();
            double hi = p.get("range").get(1).asDouble();
            if (!(lo < hi)) {
                c.fail(at + "/range", "range [" + lo + ", " + hi + "] is empty (expected [min, max] with min < max)");
            }
            if (lo < info.min() || hi > info.max()) {
                c.fail(at + "/range", "range [" + lo + ", " + hi + "] of '" + key + "' leaves its bounds [" + info.min() + ", " + info.max() + "]");
            }
            Prior.Kind kind = Prior.Kind.parse(p.get("prior").asText());
            if (kind == Prior.Kind.LOG_UNIFORM && !(lo > 0)) {
                c.fail(at + "/range", "a logUniform prior needs a range above 0 (got [" + lo + ", " + hi + "])");
            }
            priors.add(new Prior(key, kind, lo, hi));
        }

        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode ts = root.get("targets");
        for (int i = 0; i < ts.size(); i++) {
            JsonNode t = ts.get(i);
            String at = "/targets/" + i;
            String tname = t.get("name").asText();
            if (!names.add(tname)) {
                c.fail(at + "/name", "target name '" + tname + "' is used twice");
            }
            Target.Kind kind = Target.Kind.parse(t.get("type").asText());
            double scale = t.get("scale").asDouble();
            boolean heldOut = t.path("heldOut").asBoolean(false);
            String source = t.get("source").asText();
            Target target = switch (kind) {
                case CONTROL_DATE -> {
                    int day = day(c, at + "/date", t.get("date").asText(), scenario);
                    yield new Target(tname, kind, c.town(at, t), Side.fromId(t.get("side").asText()), null, day, day,
                            day, scale, t.get("date").asText(), source, heldOut);
                }
                case SHARE -> {
                    int day = day(c, at + "/date", t.get("date").asText(), scenario);
                    double v = t.get("value").asDouble();
                    if (v < 0 || v > 1) {
                        c.fail(at + "/value", "a share is between 0 and 1 (got " + v + ")");
                    }
                    yield new Target(tname, kind, c.town(at, t), Side.fromId(t.get("side").asText()), null, day, day,
                            v, scale, t.get("value").asText(), source, heldOut);
                }
                case EVENT_COUNT -> {
                    SubEventType sub = subEventType(c, at + "/subEventType", t.get("subEventType").asText());
                    int from = day(c, at + "/from", t.get("from").asText(), scenario);
                    int to = day(c, at + "/to", t.get("to").asText(), scenario);
                    if (to < from) {
                        c.fail(at + "/to", "the window ends before it starts");
                    }
                    yield new Target(tname, kind, null, null, sub, from, to, t.get("value").asDouble(), scale,
                            t.get("value").asText(), source, heldOut);
                }
            };
            targets.add(target);
        }
        if (targets.stream().allMatch(Target::heldOut)) {
            c.fail("/targets", "every target is held out (expected at least one to calibrate on)");
        }
        int fittedDays = targets.stream().filter(t -> !t.heldOut()).mapToInt(Target::lastDayNeeded).max().orElse(1) + DEFAULT_MARGIN_DAYS;
        int allDays = targets.stream().mapToInt(Target::lastDayNeeded).max().orElse(1) + DEFAULT_MARGIN_DAYS;
        int days = root.has("days") ? root.get("days").asInt() : Math.min(fittedDays, scenario.days());
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (!t.heldOut() && t.kind() != Target.Kind.CONTROL_DATE && t.toDay() > days) {
                c.fail("/targets/" + i, "target '" + t.name() + "' needs day " + t.toDay() + " but the calibration runs " + days + " days");
            }
        }
        int predictiveDays = Math.max(days, allDays);
        return new CalibrationSpec(name, root.path("description").asText(""), scenarioFile, root.get("seed").asLong(), days,
                predictiveDays, root.get("population").asInt(), root.get("replications").asInt(), root.path("generations").asInt(10),
                root.path("minEpsilon").asDouble(0), root.path("quantile").asDouble(0.5), root.path("minAcceptanceRate").asDouble(0.02),
                root.path("predictive").asInt(100), priors, targets, sha256);
    }

    private static int day(Checker c, String at, String text, Scenario scenario) {
        LocalDate date = null;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            c.fail(at, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
        int day = scenario.dayOf(date);
        if (day < 1) {
            c.fail(at, text + " is before the scenario's start (" + scenario.startDate() + ")");
        }
        if (day > 3650) {
            c.fail(at, text + " is more than 3650 days after the scenario's start");
        }
        return day;
    }

    private static SubEventType subEventType(Checker c, String at, String given) {
        for (SubEventType s : SubEventType.values()) {
            if (s.name().equalsIgnoreCase(given) || s.label().equalsIgnoreCase(given)) {
                return s;
            }
        }
        c.fail(at, "unknown sub-event type '" + given + "' (expected e.g. SUICIDE_BOMB or \"Suicide bomb\")");
        return null;
    }

}
