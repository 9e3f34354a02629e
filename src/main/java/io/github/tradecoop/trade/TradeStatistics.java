package io.github.tradecoop.trade;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.validation.Consistent;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trade flows and indicators with the sources they came from, and look-ups over them.
 *
 * @param flows      the flows
 * @param indicators the indicators
 * @param sources    where the figures came from, each id once
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Consistent
public record TradeStatistics(List<@Valid TradeFlow> flows, List<@Valid Indicator> indicators,
        List<@Valid Source> sources) implements java.io.Serializable {

    /**
     * Copies the lists and checks that source ids are unique.
     *
     * @param flows the flows
     * @param indicators the indicators
     * @param sources where the figures came from, each id once
     */
    public TradeStatistics {
        flows = copy(flows, "flows");
        indicators = copy(indicators, "indicators");
        sources = copy(sources, "sources");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!ids.add(sources.get(i).id())) {
                throw new IllegalArgumentException("sources[" + i + "] repeats the id \"" + sources.get(i).id() + "\"");
            }
        }
    }

    /**
     * Obtains statistics.
     *
     * @param flows      the flows
     * @param indicators the indicators
     * @param sources    the sources
     * @return the statistics
     */
    public static TradeStatistics of(List<TradeFlow> flows, List<Indicator> indicators, List<Source> sources) {
        return new TradeStatistics(flows, indicators, sources);
    }

    /**
     * Returns the flow for a reporter, partner, period and direction.
     *
     * @param reporter  the reporting area
     * @param partner   the partner area
     * @param period    the period
     * @param direction the direction
     * @return the first such flow, empty if there is none
     */
    public Optional<TradeFlow> flow(Area reporter, Area partner, ReferencePeriod period, FlowDirection direction) {
        return flows.stream().filter(f -> f.reporter().equals(reporter) && f.partner().equals(partner)
                && f.period().equals(period) && f.direction() == direction).findFirst();
    }

    /**
     * Returns every flow between a reporter and a partner in a period, in order.
     *
     * @param reporter the reporting area
     * @param partner  the partner area
     * @param period   the period
     * @return the flows
     */
    public List<TradeFlow> flows(Area reporter, Area partner, ReferencePeriod period) {
        return flows.stream().filter(f -> f.reporter().equals(reporter) && f.partner().equals(partner)
                && f.period().equals(period)).toList();
    }

    /**
     * Returns every flow of a period, in order.
     *
     * @param period the period
     * @return the flows
     */
    public List<TradeFlow> flows(ReferencePeriod period) {
        return flows.stream().filter(f -> f.period().equals(period)).toList();
    }

    /**
     * Returns every indicator for an area and a period, in order.
     *
     * @param area   the area
     * @param period the period
     * @return the indicators
     */
    public List<Indicator> indicators(Area area, ReferencePeriod period) {
        return indicators.stream().filter(i -> i.area().equals(area) && i.period().equals(period)).toList();
    }

    /**
     * Returns the indicator of a kind for an area and a period.
     *
     * @param kind   the kind
     * @param area   the area
     * @param period the period
     * @return the first such indicator, empty if there is none
     */
    public Optional<Indicator> indicator(String kind, Area area, ReferencePeriod period) {
        return indicators(area, period).stream().filter(i -> i.kind().equals(kind)).findFirst();
    }

    /**
     * Returns the source with an id.
     *
     * @param sourceId the id
     * @return the source, empty if there is none
     */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * Returns a copy with other flows.
     *
     * @param newFlows the flows
     * @return the statistics
     */
    public TradeStatistics withFlows(List<TradeFlow> newFlows) {
        return new TradeStatistics(newFlows, indicators, sources);
    }

    /**
     * Returns a copy with other indicators.
     *
     * @param newIndicators the indicators
     * @return the statistics
     */
    public TradeStatistics withIndicators(List<Indicator> newIndicators) {
        return new TradeStatistics(flows, newIndicators, sources);
    }

    /**
     * Returns a copy with other sources.
     *
     * @param newSources the sources
     * @return the statistics
     */
    public TradeStatistics withSources(List<Source> newSources) {
        return new TradeStatistics(flows, indicators, newSources);
    }

    private static <T> List<T> copy(List<T> items, String component) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new NullPointerException(component + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(items);
    }
}
