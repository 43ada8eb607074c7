package dev.specgen.benchmarks;

import dev.specgen.benchmarks.beanvalidation.CsTaskInfo;
import dev.specgen.benchmarks.cs.DescribeTaskInfoResponse;
import dev.specgen.benchmarks.cs.DescribeTaskInfoResponseState;
import dev.specgen.benchmarks.cs.TaskEvent;
import dev.specgen.benchmarks.cs.TaskResult;
import dev.specgen.benchmarks.cs.TaskStage;
import dev.specgen.benchmarks.cs.validation.DescribeTaskInfoResponseValidator;
import dev.specgen.runtime.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated validators against Hibernate Validator (Jakarta Validation), in the same run, on the same
 * data: the CS DescribeTaskInfo sample response (its loose stage dates made RFC 3339, so that it is
 * valid), read into the generated models, and the same values in hand-written annotated classes that
 * mirror the schemas ({@link CsTaskInfo}). "one violation" is that response with an unlisted
 * {@code state}. Run from the repository root:
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    /** The page's sample response with RFC 3339 stage times (the page writes 2022-12-15 23:00:00). */
    static final String VALID_RESPONSE = """
            {
              "task_id": "T-5faa48fb31b6b8078d000006",
              "cluster_id": "c78592bfe92244365b3c3ad47f1de****",
              "task_type": "cluster_scaleout",
              "state": "running",
              "created": "2020-11-10T16:02:04+08:00",
              "updated": "2020-11-10T16:03:06+08:00",
              "target": {"id": "c78592bfe92244365b3c3ad47f1de****", "type": "cluster"},
              "parameters": {"test": "test", "test2": 1},
              "stages": [
                {"state": "running", "start_time": "2022-12-15T23:00:00Z", "end_time": "2022-12-15T23:00:00Z",
                 "message": "success to xxxxx", "outputs": {"test": "test", "test2": 1}},
                {"state": "done", "start_time": "2022-12-15T22:00:00Z", "end_time": "2022-12-15T22:30:00Z",
                 "message": "success to yyyyy", "outputs": {}}
              ],
              "current_stage": "DrainNodes",
              "events": [
                {"action": "start", "level": "Normal", "message": "start to xxx", "reason": "NodePoolUpgradeStart",
                 "source": "ACK", "timestamp": "1669706229286"}
              ],
              "task_result": [{"data": "i-xxx", "status": "success"}, {"data": "i-yyy", "status": "initial"}],
              "error": {"code": "400", "message": "failed to xxx"}
            }
            """;

    private DescribeTaskInfoResponse valid;
    private DescribeTaskInfoResponse oneViolation;
    private CsTaskInfo.Response beanValid;
    private CsTaskInfo.Response beanOneViolation;
    private ValidatorFactory factory;
    private Validator hibernate;

    @Setup(Level.Trial)
    public void setUp() {
        valid = JsonMapper.builder().build().readValue(VALID_RESPONSE, DescribeTaskInfoResponse.class);
        oneViolation = valid.toBuilder().state(DescribeTaskInfoResponseState.of("paused")).build();
        beanValid = mirror(valid);
        beanOneViolation = mirror(oneViolation);
        factory = Validation.buildDefaultValidatorFactory();
        hibernate = factory.getValidator();
        check(DescribeTaskInfoResponseValidator.validate(valid).size(), hibernate.validate(beanValid).size(), 0);
        check(DescribeTaskInfoResponseValidator.validate(oneViolation).size(),
                hibernate.validate(beanOneViolation).size(), 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public List<Violation> specgenValid() {
        return DescribeTaskInfoResponseValidator.validate(valid);
    }

    @Benchmark
    public List<Violation> specgenOneViolation() {
        return DescribeTaskInfoResponseValidator.validate(oneViolation);
    }

    @Benchmark
    public Set<ConstraintViolation<CsTaskInfo.Response>> hibernateValid() {
        return hibernate.validate(beanValid);
    }

    @Benchmark
    public Set<ConstraintViolation<CsTaskInfo.Response>> hibernateOneViolation() {
        return hibernate.validate(beanOneViolation);
    }

    /** Both sides must see the same data and find the same number of violations, or the comparison is void. */
    private static void check(int specgen, int beanValidation, int expected) {
        if (specgen != expected || beanValidation != expected) {
            throw new IllegalStateException("expected " + expected + " violation(s), Specgen found " + specgen
                    + " and Hibernate Validator " + beanValidation);
        }
    }

    /** The same values in the annotated classes. */
    static CsTaskInfo.Response mirror(DescribeTaskInfoResponse r) {
        return new CsTaskInfo.Response(r.taskId(), r.clusterId(), r.taskType(), r.state().value(),
                r.created().raw(), r.updated().raw(),
                new CsTaskInfo.Target(r.target().id(), r.target().type()),
                r.parameters(),
                r.stages().stream().map(ValidationBenchmark::mirror).toList(),
                r.currentStage(),
                r.events().stream().map(ValidationBenchmark::mirror).toList(),
                r.taskResult().stream().map(ValidationBenchmark::mirror).toList(),
                new CsTaskInfo.Error(r.error().code(), r.error().message()));
    }

    private static CsTaskInfo.Stage mirror(TaskStage s) {
        return new CsTaskInfo.Stage(s.state(), s.startTime().raw(), s.endTime().raw(), s.message(), s.outputs());
    }

    private static CsTaskInfo.Event mirror(TaskEvent e) {
        return new CsTaskInfo.Event(e.action(), e.level(), e.message(), e.reason(), e.source(), e.timestamp());
    }

    private static CsTaskInfo.Result mirror(TaskResult t) {
        return new CsTaskInfo.Result(t.data(), t.status().value());
    }
}
