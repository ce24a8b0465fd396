package be.buddyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Trajectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The storage one case costs: drives one complete trajectory (support.Trajectory) and counts, per
 * engine table and per buddyflow table, the rows that belong to that case and their bytes
 * ({@code sum(pg_column_size(t.*))}: the row as stored, without indexes and page overhead).
 * Engine rows belong to the case by the ids of every process instance with its business key and of
 * every instance under those roots; byte arrays also through the variables and details that point
 * to them. Printed for docs/benchmarks.md, "Cost per case".
 */
@IntegrationTest
class CostPerCaseIT {

    /** The columns by which an engine row names its process instance, in the order we try them. */
    private static final List<String> INSTANCE_COLUMNS = List.of("proc_inst_id_", "process_instance_id_",
            "root_proc_inst_id_");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rowsAndBytesOfOneCompleteTrajectory() {
        String caseId = new Trajectory(port, runtimeService, managementService, jdbc).complete();
        List<String> instances = jdbc.sql("""
                SELECT id_ FROM act_hi_procinst
                WHERE business_key_ = :case
                   OR root_proc_inst_id_ IN (SELECT id_ FROM act_hi_procinst WHERE business_key_ = :case)
                """).param("case", caseId).query(String.class).list();
        assertThat(instances).as("the trajectory and its phases").hasSizeGreaterThanOrEqualTo(6);

        List<Cost> costs = new ArrayList<>();
        for (String table : tables("act\\_ru\\_%", "act\\_hi\\_%")) {
            List<String> columns = columns(table).stream().filter(INSTANCE_COLUMNS::contains).toList();
            if (columns.isEmpty()) {
                continue;
            }
            String where = String.join(" OR ", columns.stream().map(c -> "t." + c + " IN (:ids)").toList());
            costs.add(cost(table, "SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM " + table
                    + " t WHERE " + where, Map.of("ids", instances)));
        }
        costs.add(cost("act_ge_bytearray", """
                SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM act_ge_bytearray t
                WHERE t.root_proc_inst_id_ IN (:ids)
                   OR t.id_ IN (SELECT bytearray_id_ FROM act_hi_varinst WHERE proc_inst_id_ IN (:ids))
                   OR t.id_ IN (SELECT bytearray_id_ FROM act_hi_detail WHERE proc_inst_id_ IN (:ids))
                   OR t.id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ IN (:ids))
                   OR t.id_ IN (SELECT exception_stack_id_ FROM act_ru_job WHERE process_instance_id_ IN (:ids))
                   OR t.id_ IN (SELECT job_exception_stack_id_ FROM act_hi_job_log WHERE process_instance_id_ IN (:ids))
                """, Map.of("ids", instances)));
        costs.add(cost("buddyflow.buddy_case", "SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) "
                + "FROM buddyflow.buddy_case t WHERE t.id = :case", Map.of("case", caseId)));
        for (String table : jdbc.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = 'buddyflow' AND column_name = 'case_id' ORDER BY table_name
                """).query(String.class).list()) {
            costs.add(cost("buddyflow." + table, "SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM buddyflow."
                    + table + " t WHERE t.case_id = :case", Map.of("case", caseId)));
        }

        print(caseId, instances.size(), costs);
        assertThat(sum(costs, "act_ru_")).as("a finished case leaves nothing in the runtime tables")
                .isEqualTo(new Cost("", 0, 0));
        assertThat(sum(costs, "act_hi_").rows()).isPositive();
    }

    private Cost cost(String table, String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> new Cost(table, rs.getLong(1), rs.getLong(2))).single();
    }

    private List<String> tables(String... patterns) {
        List<String> tables = new ArrayList<>();
        for (String pattern : patterns) {
            tables.addAll(jdbc.sql("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_name LIKE :p AND table_schema <> 'buddyflow' AND table_type = 'BASE TABLE'
                    ORDER BY table_name
                    """).param("p", pattern).query(String.class).list());
        }
        return tables;
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :t AND table_schema <> 'buddyflow'")
                .param("t", table).query(String.class).list();
    }

    private static Cost sum(List<Cost> costs, String prefix) {
        return costs.stream().filter(c -> c.table().startsWith(prefix))
                .reduce(new Cost("", 0, 0), (a, b) -> new Cost("", a.rows() + b.rows(), a.bytes() + b.bytes()));
    }

    private static void print(String caseId, int instances, List<Cost> costs) {
        StringBuilder out = new StringBuilder();
        out.append("cost-per-case: case %s, %d process instances%n".formatted(caseId, instances));
        out.append("cost-per-case: %-32s %6s %9s%n".formatted("table", "rows", "bytes"));
        for (Cost c : costs) {
            if (c.rows() > 0) {
                out.append("cost-per-case: %-32s %6d %9d%n".formatted(c.table(), c.rows(), c.bytes()));
            }
        }
        for (String[] group : new String[][] {{"runtime (act_ru_*)", "act_ru_"}, {"history (act_hi_*)", "act_hi_"},
                {"byte arrays (act_ge_bytearray)", "act_ge_"}, {"buddyflow tables", "buddyflow."}, {"total", ""}}) {
            Cost total = sum(costs, group[1]);
            out.append("cost-per-case: %-32s %6d %9d%n".formatted("= " + group[0], total.rows(), total.bytes()));
        }
        System.out.print(out);
    }

    record Cost(String table, long rows, long bytes) {
    }
}
