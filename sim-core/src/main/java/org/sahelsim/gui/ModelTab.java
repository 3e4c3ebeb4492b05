package org.sahelsim.gui;

import org.sahelsim.rules.RuleSet;

import java.util.List;
import java.util.Locale;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * What the Console's Model tab shows: the run (scenario, seed, day, date, towns and strength by
 * side), then every rule parameter as a field with a slider over its range ({@code dom} in
 * MASON's terms). The parameters are a catalogue, not fixed bean getters, so they are offered
 * through {@link Propertied}; MASON's inspector treats them like bean properties with domains.
 *
 * <p>A changed parameter takes effect when the next run starts (press stop, then play): a
 * model's rules are built with their parameters when the run is created.
 */
public final class ModelTab implements Propertied {
    private final SahelWithUI gui;
    private final List<ParameterInfo> catalogue = RuleSet.CATALOG.all();

    private static final String[] RUN = {"Scenario", "Seed", "Day", "Date", "TownsGovernment", "TownsJihadist",
        "TownsSeparatist", "FightersJihadist", "FightersSeparatist", "TroopsGovernment", "RedoubtSupplyShare"};
    private static final String[] RUN_HELP = {
        "The scenario file's name", "Seed of this run (the Console's seed; the next play uses the next seed)",
        "Days simulated (day 1 = the scenario's start date)", "Date of the last day simulated",
        "Towns held by the government side", "Towns held by the jihadist side", "Towns held by the separatist side",
        "Fighters of jihadist-side groups", "Fighters of separatist-side groups", "Troops of the government side",
        "Supplies left in the mountain redoubt, share of the initial stock (R6, R7)"};

    ModelTab(SahelWithUI gui) {
        this.gui = gui;
    }

    @Override
    public Properties properties() {
        return new Props();
    }

    private Object runValue(int i) {
        SahelModel m = gui.model();
        return switch (i) {
            case 0 -> m.scenario().name();
            case 1 -> m.seed();
            case 2 -> m.day();
            case 3 -> m.day() == 0 ? "before " + m.scenario().startDate() : m.date().toString();
            case 4 -> count(m, Side.GOVERNMENT);
            case 5 -> count(m, Side.JIHADIST);
            case 6 -> count(m, Side.SEPARATIST);
            case 7 -> m.world().totalStrength(Side.JIHADIST);
            case 8 -> m.world().totalStrength(Side.SEPARATIST);
            case 9 -> m.world().totalStrength(Side.GOVERNMENT);
            case 10 -> m.world().redoubt() == null ? 0.0 : Math.round(m.world().redoubt().getSupplyShare() * 1000) / 1000.0;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    private static int count(SahelModel m, Side s) {
        return (int) m.world().towns().stream().filter(t -> !t.isContested() && t.getControlSide() == s).count();
    }

    private final class Props extends Properties {
        private static final long serialVersionUID = 1L;

        Props() {
            object = ModelTab.this;
        }

        @Override
        public boolean isVolatile() {
            return true;
        }

        @Override
        public int numProperties() {
            return RUN.length + catalogue.size();
        }

        @Override
        public Object getValue(int i) {
            if (i < RUN.length) {
                return runValue(i);
            }
            return gui.parameters().get(catalogue.get(i - RUN.length).key());
        }

        @Override
        public boolean isReadWrite(int i) {
            return i >= RUN.length;
        }

        @Override
        public String getName(int i) {
            return i < RUN.length ? RUN[i] : catalogue.get(i - RUN.length).key();
        }

        @Override
        public Class getType(int i) {
            if (i < RUN.length) {
                return switch (i) {
                    case 0, 3 -> String.class;
                    case 1 -> Long.TYPE;
                    case 10 -> Double.TYPE;
                    default -> Integer.TYPE;
                };
            }
            return Double.TYPE;
        }

        @Override
        public Object getDomain(int i) {
            if (i < RUN.length) {
                return null;
            }
            ParameterInfo p = catalogue.get(i - RUN.length);
            return new Interval(p.min(), p.max());
        }

        @Override
        public String getDescription(int i) {
            if (i < RUN.length) {
                return RUN_HELP[i];
            }
            ParameterInfo p = catalogue.get(i - RUN.length);
            return String.format(Locale.ROOT, "<html>%s (%s): %s<br>unit: %s; default %s; source: %s<br>"
                    + "<i>Takes effect at the next play.</i></html>", p.key(), p.ruleId(), p.description(), p.unit(),
                    p.defaultValue(), p.source());
        }

        @Override
        protected Object _setValue(int i, Object value) {
            if (i < RUN.length || !(value instanceof Number n)) {
                return getValue(i);
            }
            ParameterInfo p = catalogue.get(i - RUN.length);
            double v = n.doubleValue();
            if (Double.isNaN(v) || v < p.min() || v > p.max()) {
                return getValue(i); // refused: the field shows the value in force
            }
            gui.setParameter(p.key(), v);
            return v;
        }
    }
}
