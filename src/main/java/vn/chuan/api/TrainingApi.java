package vn.chuan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;
import vn.chuan.training.Enrolment;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;

/** Training classes, their places, and a person's training history. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Đào tạo, bồi dưỡng", description = "Lớp, học viên và quá trình đào tạo")
class TrainingApi {

    private final Training training;
    private final PersonRegistry registry;

    TrainingApi(Training training, PersonRegistry registry) {
        this.training = training;
        this.registry = registry;
    }

    record ClassJson(long id, String code, String programmeCode, String programmeName, String kind, LocalDate startsOn,
            LocalDate endsOn, String place, int seats, int enrolled, BigDecimal costPerPlace, String funding) {

        static ClassJson of(TrainingClass c) {
            return new ClassJson(c.id(), c.code(), c.programme().code(), c.programme().name(), c.programme().kind().name(),
                    c.startsOn(), c.endsOn(), c.place(), c.seats(), c.enrolled(), c.costPerPlace(), c.funding().name());
        }
    }

    record Place(long id, String classCode, String programmeName, LocalDate startsOn, LocalDate endsOn, long personId,
            String personCode, String personName, String status, String result, String certificateNumber, LocalDate certificateDate) {

        static Place of(Enrolment e) {
            return new Place(e.id(), e.classCode(), e.programmeName(), e.startsOn(), e.endsOn(), e.personId(), e.personCode(),
                    e.personName(), e.status().name(), e.result(), e.certificateNumber(), e.certificateDate());
        }
    }

    @GetMapping("/classes")
    @Operation(summary = "Các lớp đào tạo, bồi dưỡng")
    List<ClassJson> classes() {
        return training.classes().stream().map(ClassJson::of).toList();
    }

    @GetMapping("/classes/{id}/places")
    @Operation(summary = "Học viên của một lớp, trong phạm vi của khóa")
    List<Place> places(@AuthenticationPrincipal ChuanUser user, @PathVariable long id) {
        training.trainingClass(id).orElseThrow(() -> new ApiNotFoundException(Messages.text("api.training.classNotFound", id)));
        return training.enrolmentsOfClass(user.scope(), id).stream().map(Place::of).toList();
    }

    @GetMapping("/people/{personId}")
    @Operation(summary = "Quá trình đào tạo, bồi dưỡng của một người")
    List<Place> history(@AuthenticationPrincipal ChuanUser user, @PathVariable long personId) {
        registry.get(user.scope(), new PersonId(personId));
        return training.history(user.scope(), personId).stream().map(Place::of).toList();
    }
}
