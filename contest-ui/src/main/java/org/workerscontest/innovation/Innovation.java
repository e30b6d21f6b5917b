package org.workerscontest.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.api.InnovationMessages.NameStudio;
import org.workerscontest.innovation.api.InnovationMessages.RecordResult;
import org.workerscontest.innovation.api.InnovationMessages.ResultDetails;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerQueries;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.RegisterWorker;

/** What the innovation screens and API share: new records, and results shown with their people's names. */
@Service
public class Innovation {

    /** A result with its authors' and studio's names, as people read it. */
    public record ResultView(InnovationResultDocument result, List<String> authors, String studio) {
    }

    public record StudioView(StudioDocument studio, String leader, List<String> members,
                             List<InnovationResultDocument> results, BigDecimal verifiedBenefit) {
    }

    private final Commands commands;
    private final InnovationQueries queries;
    private final WorkerQueries workers;

    public Innovation(Commands commands, InnovationQueries queries, WorkerQueries workers) {
        this.commands = commands;
        this.queries = queries;
        this.workers = workers;
    }

    public String registerWorker(String name, Gender gender, String unit, String region, String position,
                                 boolean frontLine, String requestId) {
        String id = UUID.randomUUID().toString();
        commands.send(new RegisterWorker(id, name, gender, unit, region, position, frontLine), requestId);
        return id;
    }

    public String record(ResultDetails details, String requestId) {
        String id = UUID.randomUUID().toString();
        commands.send(new RecordResult(id, details), requestId);
        return id;
    }

    public String nameStudio(String name, ContestLevel level, String leaderId, String unit, List<String> memberIds,
                             LocalDate namedOn, String requestId) {
        String id = UUID.randomUUID().toString();
        commands.send(new NameStudio(id, name, level, leaderId, unit, memberIds, namedOn), requestId);
        return id;
    }

    public InnovationResultDocument existing(String resultId) {
        return queries.result(resultId).orElseThrow(() -> new DomainRuleViolation("error.result.unknown", resultId));
    }

    public List<ResultView> views(List<InnovationResultDocument> results) {
        Set<String> ids = new HashSet<>();
        results.forEach(result -> ids.addAll(result.authorIds()));
        Map<String, WorkerDocument> people = workers.byIds(ids);
        Map<String, String> studios = new HashMap<>();
        queries.studios().forEach(studio -> studios.put(studio.id(), studio.name()));
        return results.stream().map(result -> new ResultView(result, result.authorIds().stream()
                .map(id -> people.containsKey(id) ? people.get(id).name() : id).toList(),
                result.studioId() == null ? null : studios.get(result.studioId()))).toList();
    }

    public ResultView view(InnovationResultDocument result) {
        return views(List.of(result)).getFirst();
    }

    public StudioView studio(String studioId) {
        StudioDocument studio = queries.studio(studioId)
                .orElseThrow(() -> new DomainRuleViolation("error.studio.unknown", studioId));
        Set<String> ids = new HashSet<>(studio.memberIds());
        ids.add(studio.leaderId());
        Map<String, WorkerDocument> people = workers.byIds(ids);
        List<InnovationResultDocument> results = queries.resultsOfStudio(studioId);
        return new StudioView(studio, name(people, studio.leaderId()),
                studio.memberIds().stream().map(id -> name(people, id)).toList(), results,
                results.stream().map(InnovationResultDocument::verifiedBenefit).filter(value -> value != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String name(Map<String, WorkerDocument> people, String id) {
        return people.containsKey(id) ? people.get(id).name() : id;
    }
}
