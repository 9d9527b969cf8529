package vn.chuan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.NotFoundException;

/**
 * Upload → preview (created, changed old → new, unchanged, every error) → confirm. Reading and
 * writing run in the background; the page polls for a progress bar. A job belongs to its user and lives in the database
 * ({@link ImportJobs}): any instance serves its pages, and the confirmation may be written by another than the one
 * that read the file.
 */
@Controller
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final int PAGE = 100;

    private final PeopleImport importer;
    private final TaskExecutor executor;
    private final ImportJobs jobs;

    ImportController(PeopleImport importer, @Qualifier("applicationTaskExecutor") TaskExecutor executor, ImportJobs jobs) {
        this.importer = importer;
        this.executor = executor;
        this.jobs = jobs;
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
        Path copy = Files.createTempFile("chuan-import-", ".upload");
        file.transferTo(copy);
        String name = file.getOriginalFilename() == null ? Messages.text("imports.upload.unnamedFile")
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Optional<String> started = jobs.start(user.getUsername(), name, list, copy);
        if (started.isEmpty()) {
            Files.deleteIfExists(copy);
            redirect.addFlashAttribute("problem", Messages.text("imports.upload.alreadyRunning"));
            return "redirect:/nhap-du-lieu";
        }
        String id = started.get();
        UserScope scope = user.scope();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        executor.execute(() -> asUser(who, id, () -> {
            ImportProgress progress = jobs.progress(id);
            progress.update(Messages.text("imports.job.storing"), 0, -1);
            // Kept in the database first: the confirmation may reach another instance, which writes from there.
            jobs.storeFile(id);
            jobs.ready(id, importer.analyse(scope, jobs.file(id), name, list, progress));
        }));
        return "redirect:/nhap-du-lieu/" + id;
    }

    @GetMapping("/nhap-du-lieu/{id}")
    String show(@AuthenticationPrincipal ChuanUser user, @PathVariable String id,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            @RequestParam(name = "chiThayDoi", defaultValue = "true") boolean changesOnly, Model model) {
        ImportJob job = job(user, id);
        model.addAttribute("job", job);
        // The page shows this reading of the job (a job leaves "reading" only once its check is stored).
        boolean running = job.isRunning();
        ImportAnalysis analysis = running ? null : jobs.analysis(id).orElse(null);
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
        Optional<ImportAnalysis> analysis = jobs.analysis(id);
        if (job.status != ImportJob.Status.READY || analysis.isEmpty() || !jobs.claimForWriting(id, analysis.get().planned())) {
            redirect.addFlashAttribute("problem", Messages.text("imports.job.alreadyTaken"));
            return "redirect:/nhap-du-lieu/" + id;
        }
        // Written with the scope the officer has now (the same user; an administrator may have narrowed it meanwhile).
        UserScope scope = user.scope();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        executor.execute(() -> asUser(who, id, () -> jobs.finished(id, importer.apply(scope, analysis.get(), validRowsOnly,
                jobs.progress(id)))));
        return "redirect:/nhap-du-lieu/" + id;
    }

    @PostMapping("/nhap-du-lieu/{id}/huy")
    String cancel(@AuthenticationPrincipal ChuanUser user, @PathVariable String id, RedirectAttributes redirect) {
        job(user, id);
        // A running job stops at its next progress report, on whichever instance, and its transaction rolls back.
        jobs.cancel(id);
        redirect.addFlashAttribute("notice", Messages.text("imports.job.cancelled"));
        return "redirect:/nhap-du-lieu";
    }

    private ImportJob job(ChuanUser user, String id) {
        return jobs.find(id).filter(job -> job.owner.equals(user.getUsername()))
                .orElseThrow(() -> new NotFoundException(Messages.text("imports.job.notFound", id)));
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs background work as the user who asked for it, so that the audit names them. */
    private void asUser(Authentication who, String id, Work work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            work.run();
        } catch (ImportJob.Cancelled e) {
            jobs.cancelled(id);
        } catch (TabularFile.InvalidFileException e) {
            jobs.failed(id, Messages.text("imports.job.nothingWritten", e.getMessage()));
        } catch (OutOfMemoryError e) {
            // The limits of TabularFile should prevent it; if a file still gets here, the job says so and can be dropped.
            log.error("Import {} ran out of memory", id);
            jobs.failed(id, Messages.text("imports.job.outOfMemory"));
        } catch (Exception e) {
            log.error("Import {} failed", id, e);
            jobs.failed(id, Messages.text("imports.job.failed"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
