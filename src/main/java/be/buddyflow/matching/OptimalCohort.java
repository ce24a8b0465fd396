package be.buddyflow.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The cohort as a min-cost flow (docs/matching.md, "Cohort proposal"). Every arc carries one unit
 * and the source sends one unit per newcomer:
 *
 * <pre>
 * source --0--> newcomer --(B - value without load)--> volunteer --(L - load part of its j-th new duo)--> sink
 *                        \---------------------(B + L + M: stays on the waiting list)--------------------^
 * </pre>
 *
 * B and L are the largest values of their kind, so no cost is negative: JGraphT's successive
 * shortest paths then need exactly one augmentation per newcomer (negative arcs would first be
 * saturated and cost three times as long). A matched unit costs B + L - value, an unmatched one
 * B + L + M, so the flow maximises the sum of (M + value) over matched pairs. M exceeds what all
 * other pairs together can be worth, so the flow first matches as many newcomers as possible and
 * then maximises the total value. A volunteer's slot arcs lose load points as they fill, so the
 * cheapest flow spreads duos over volunteers.
 *
 * <p>Only the best K candidates of each newcomer become arcs (the graph stays small at 1,000 x
 * 10,000), plus the greedy baseline's pair: the greedy proposal is then one of the flows the
 * algorithm chooses from, so the optimum never does worse than greedy despite the pruning.
 */
final class OptimalCohort {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    private OptimalCohort() {
    }

    static int[] solve(CohortTable table, int candidatesPerNewcomer, int[] greedy) {
        int n = table.newcomerCount();
        long maxBase = table.maxValueWithoutLoad();
        long maxSlot = table.maxSlotValue();
        long perMatch = (n + 1) * (maxBase + maxSlot + 1);
        long unmatchedCost = maxBase + maxSlot + perMatch;
        if (unmatchedCost >= CapacityScalingMinimumCostFlow.COST_INF) {
            throw new IllegalArgumentException("A cohort of " + n + " newcomers is too large for one proposal; "
                    + "split the waiting list");
        }

        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        graph.addVertex(SOURCE);
        graph.addVertex(SINK);
        Map<DefaultWeightedEdge, int[]> pairArcs = new HashMap<>();
        boolean[] volunteerInGraph = new boolean[table.volunteerCount()];
        for (int i = 0; i < n; i++) {
            int newcomerVertex = 2 + i;
            graph.addVertex(newcomerVertex);
            arc(graph, SOURCE, newcomerVertex, 0);
            arc(graph, newcomerVertex, SINK, unmatchedCost);
            for (int k : keptCandidates(table, i, candidatesPerNewcomer, greedy[i])) {
                int v = table.candidate(i, k);
                int volunteerVertex = 2 + n + v;
                if (!volunteerInGraph[v]) {
                    volunteerInGraph[v] = true;
                    graph.addVertex(volunteerVertex);
                    for (int slot = 0; slot < table.freeSlots(v); slot++) {
                        arc(graph, volunteerVertex, SINK, maxSlot - table.slotValue(v, slot));
                    }
                }
                pairArcs.put(arc(graph, newcomerVertex, volunteerVertex, maxBase - table.valueWithoutLoad(i, k)),
                        new int[] {i, v});
            }
        }

        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(graph,
                        vertex -> vertex == SOURCE ? n : vertex == SINK ? -n : 0, arc -> 1));

        int[] volunteerOf = new int[n];
        Arrays.fill(volunteerOf, CohortTable.NONE);
        pairArcs.forEach((arc, pair) -> {
            if (flow.getFlow(arc) > 0.5) {
                volunteerOf[pair[0]] = pair[1];
            }
        });
        return volunteerOf;
    }

    /** Indexes into the newcomer's candidates: its K best at the volunteer's current load, plus greedy's choice. */
    private static List<Integer> keptCandidates(CohortTable table, int i, int limit, int greedyChoice) {
        // Candidate indexes ascend with volunteer ids, so the second key is the id tie-break.
        List<Integer> kept = IntStream.range(0, table.candidateCount(i)).boxed()
                .sorted(Comparator.comparingInt((Integer k) -> -table.value(i, k, 0)).thenComparingInt(k -> k))
                .limit(limit)
                .collect(Collectors.toCollection(ArrayList::new));
        if (greedyChoice != CohortTable.NONE && !kept.contains(table.indexOf(i, greedyChoice))) {
            kept.add(table.indexOf(i, greedyChoice));
        }
        return kept;
    }

    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph, int from, int to, long cost) {
        DefaultWeightedEdge arc = graph.addEdge(from, to);
        graph.setEdgeWeight(arc, cost);
        return arc;
    }
}
