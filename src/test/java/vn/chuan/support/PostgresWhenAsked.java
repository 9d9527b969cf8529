package vn.chuan.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (junit-platform.properties): in a PostgreSQL run, skips everything
 * when no server is reachable, and skips the tests that do not touch SQL (not tagged "db").
 */
public class PostgresWhenAsked implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.usePostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        if (context.getTestClass().isPresent() && !context.getTags().contains("db")) {
            return ConditionEvaluationResult.disabled("does not touch SQL; runs on H2 only");
        }
        if (reachable == null) {
            reachable = TestDatabases.postgresReachable();
        }
        return reachable ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + TestDatabases.POSTGRES_ADMIN_URL);
    }
}
