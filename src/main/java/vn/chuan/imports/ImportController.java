package vn.chuan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.NotFoundException;

/**
 * Upload → preview (created, changed old → new, unchanged, every error) → confirm. Reading and
 * writing run in the background; the page polls for a progress bar. A job belongs to its user.
 */
@Controller
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final Duration KEEP = Duration.ofHours(2);
    private static final int PAGE = 100;

    private final PeopleImport importer;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportController(PeopleImport importer,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    @GetMapping("/nhap-du-lieu")
    String form() {
        return "imports/upload";
    }

    @PostMapping("/nhap-du-lieu")
    String upload(@AuthenticationPrincipal ChuanUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "ngayDanhSach", defaultValue = "") String asOf,
            @RequestParam(name = "dayDu", defaultValue = "false") boolean complete,
            @RequestParam(name = "ngayThoi", defaultValue = "") String leftOn,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", Messages.text("imports.upload.fileRequired"));
            return "redirect:/nhap-du-lieu";
        }
        Optional<LocalDate> listDate = asOf.isBlank() ? Optional.empty() : Dates.parse(asOf);
        Optional<LocalDate> leftDate = leftOn.isBlank() ? Optional.empty() : Dates.parse(leftOn);
        if ((!asOf.isBlank() && listDate.isEmpty()) || (!leftOn.isBlank() && leftDate.isEmpty())) {
            redirect.addFlashAttribute("problem", Messages.text("imports.upload.badDate"));
            return "redirect:/nhap-du-lieu";
        }
        ListDate list = new ListDate(listDate.orElse(null), complete, complete ? leftDate.orElse(null) : null);
        forgetOldJobs();
        // One job per user: a new file replaces the user's finished or waiting job, never a running one.
        if (jobs.values().stream().anyMatch(j -> j.owner.equals(user.getUsername()) && j.isRunning())) {
            redirect.addFlashAttribute("problem", Messages.text("imports.upload.alreadyRunning"));
            return "redirect:/nhap-du-lieu";
        }
        jobs.values().removeIf(j -> {
            boolean mine = j.owner.equals(user.getUsername());
            if (mine) {
                j.discardFile();
            }
            return mine;
        });
        Path copy = Files.createTempFile("chuan-import-", ".upload");
        file.transferTo(copy);
        String name = file.getOriginalFilename() == null ? Messages.text("imports.upload.unnamedFile")
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), user.getUsername(), name, user.scope(), list, clock.instant());
        jobs.put(job.id, job);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        job.file = copy;
        executor.execute(() -> asUser(who, () -> {
            job.analysis = importer.analyse(job.scope, ImportSource.of(copy), name, job.list, job.progress());
            job.status = ImportJob.Status.READY;
        }, job));
        return "redirect:/nhap-du-lieu/" + job.id;
    }

    @GetMapping("/nhap-du-lieu/{id}")
    String show(@AuthenticationPrincipal ChuanUser user, @PathVariable String id,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            @RequestParam(name = "chiThayDoi", defaultValue = "true") boolean changesOnly, Model model) {
        ImportJob job = job(user, id);
        model.addAttribute("job", job);
        // Read the state once, status first (a job leaves "running" only after its analysis is set); the page
        // shows this reading, never the job's state at rendering time, which may have moved on meanwhile.
        boolean running = job.isRunning();
        ImportAnalysis analysis = job.analysis;
        model.addAttribute("running", running);
        model.addAttribute("analysis", running ? null : analysis);
        if (!running && analysis != null) {
            List<RowPlan> plans = analysis.plans().stream()
                    .filter(p -> !changesOnly || p.action() != RowPlan.Action.UNCHANGED || !p.notes().isEmpty()).toList();
            int from = Math.max(0, Math.min(page - 1, Math.max(0, (plans.size() - 1) / PAGE))) * PAGE;
            model.addAttribute("plans", new PageOf<>(plans.subList(from, Math.min(plans.size(), from + PAGE)), from / PAGE,
                    PAGE, plans.size()));
            model.addAttribute("changesOnly", changesOnly);
            model.addAttribute("shownErrors", analysis.errors().stream().limit(1000).toList());
        }
        return "imports/job";
    }

    /** Polled by the page while the job runs; tells htmx to reload the page when it is done. */
    @GetMapping("/nhap-du-lieu/{id}/tien-do")
    String progress(@AuthenticationPrincipal ChuanUser user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        ImportJob job = job(user, id);
        boolean running = job.isRunning();
        if (!running) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        model.addAttribute("running", running);
        return "imports/job :: progress";
    }

    @PostMapping("/nhap-du-lieu/{id}/xac-nhan")
    String confirm(@AuthenticationPrincipal ChuanUser user, @PathVariable String id,
            @RequestParam(name = "chiDongHopLe", defaultValue = "false") boolean validRowsOnly, RedirectAttributes redirect) {
        ImportJob job = job(user, id);
        if (job.status != ImportJob.Status.READY) {
            redirect.addFlashAttribute("problem", Messages.text("imports.job.alreadyTaken"));
            return "redirect:/nhap-du-lieu/" + id;
        }
        job.status = ImportJob.Status.WRITING;
        job.phase = Messages.text("imports.job.writing");
        job.done = 0;
        job.total = job.analysis.planned();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        executor.execute(() -> asUser(who, () -> {
            job.result = importer.apply(job.scope, job.analysis, validRowsOnly, job.progress());
            job.status = job.result.written() ? ImportJob.Status.DONE : ImportJob.Status.READY;
            if (job.status == ImportJob.Status.DONE) {
                job.discardFile();
            }
        }, job));
        return "redirect:/nhap-du-lieu/" + id;
    }

    @PostMapping("/nhap-du-lieu/{id}/huy")
    String cancel(@AuthenticationPrincipal ChuanUser user, @PathVariable String id, RedirectAttributes redirect) {
        ImportJob job = job(user, id);
        // A running job stops at its next progress report and its transaction rolls back; the file goes at once.
        job.cancelled = true;
        jobs.remove(id);
        if (!job.isRunning()) {
            job.discardFile();
        }
        redirect.addFlashAttribute("notice", Messages.text("imports.job.cancelled"));
        return "redirect:/nhap-du-lieu";
    }

    private ImportJob job(ChuanUser user, String id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner.equals(user.getUsername())) {
            throw new NotFoundException(Messages.text("imports.job.notFound", id));
        }
        return job;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs background work as the user who asked for it, so that the audit names them. */
    private static void asUser(Authentication who, Work work, ImportJob job) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            work.run();
        } catch (ImportJob.Cancelled e) {
            job.status = ImportJob.Status.FAILED;
            job.failure = Messages.text("imports.job.cancelled");
            job.discardFile();
        } catch (TabularFile.InvalidFileException e) {
            job.failure = Messages.text("imports.job.nothingWritten", e.getMessage());
            job.status = ImportJob.Status.FAILED;
        } catch (OutOfMemoryError e) {
            // The limits of TabularFile should prevent it; if a file still gets here, the job says so and can be dropped.
            log.error("Import {} ran out of memory", job.id);
            job.failure = Messages.text("imports.job.outOfMemory");
            job.status = ImportJob.Status.FAILED;
        } catch (Exception e) {
            log.error("Import {} failed", job.id, e);
            job.failure = Messages.text("imports.job.failed");
            job.status = ImportJob.Status.FAILED;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void forgetOldJobs() {
        jobs.values().removeIf(job -> {
            boolean old = !job.isRunning() && job.createdAt.plus(KEEP).isBefore(clock.instant());
            if (old) {
                job.discardFile();
            }
            return old;
        });
    }
}
