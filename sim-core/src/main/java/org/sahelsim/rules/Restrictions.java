package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Param;
import org.sahelsim.core.ParamGroup;
import org.sahelsim.core.ParameterRecords;
import org.sahelsim.core.Parameters;
import org.sahelsim.map.MaliMap;
import org.sahelsim.scenario.ScenarioEvent;
import org.sahelsim.world.Access;
import org.sahelsim.world.World;


/**
 * R12 Where each force may go (documents 000, 004: "Malian regular troops would not move north of
 * the Niger River valley"; 1,400 Chadian troops, "not Malian soldiers", police Kidal).
 *
 * <p>A restriction event forbids a faction named map regions ("ifoghas", "tigharghar",
 * "niger-valley", "tanezrouft"), the pseudo-region "north-of-niger-valley" (cells north of
 * latitude {@code nigerValleyNorthLat}) and named towns; {@code lift} removes them. Force units
 * neither take forbidden towns as targets nor drive into forbidden cells (R9 missions, movement).
 * Every force also stays inside Mali: borders are where the insurgents escape (R18).
 */
public final class Restrictions implements Rule {
    public static final String RULE = "R12";

    @ParamGroup(prefix = "restrictions", rule = RULE)
    public record Params(
            @Param(value = 17.3, min = 14, max = 25, unit = "degrees north",
                    about = "northern edge of the Niger valley for the 'north-of-niger-valley' restriction",
                    source = "assumed; between Bourem (17.0) and Anefis (17.9); 004: FAMa back in Gao and Timbuktu but not Kidal")
            double nigerValleyNorthLat) {}

    private final Params p;

    public Restrictions(Parameters parameters) {
        this.p = ParameterRecords.bind(Params.class, parameters);
    }

    public Params params() {
        return p;
    }

    @Override
    public String id() {
        return RULE;
    }

    @Override
    public List<EventHandler<?>> handlers() {
        return List.of(EventHandler.on(ScenarioEvent.Restriction.class, this::onRestriction));
    }

    /** Where forces may go at the start of a run: everywhere in Mali. */
    public Access initialAccess(MaliMap map) {
        return new Access(map, p.nigerValleyNorthLat);
    }

    public void onRestriction(World w, ScenarioEvent.Restriction r) {
        Faction f = Faction.require(r.faction());
        if (Boolean.TRUE.equals(r.lift())) {
            w.access().lift(f);
            return;
        }
        for (String id : r.forbiddenRegions()) {
            w.access().forbidRegion(f, id);
        }
        for (String name : r.forbiddenTowns()) {
            w.access().forbidTown(f, w.requireTown(name, "restriction of " + r.faction()));
        }
    }
}
