package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SharedKernelTest {

    @ParameterizedTest
    @CsvSource({"Đại Học, DAI_HOC", "dai hoc, DAI_HOC", "DAI_HOC, DAI_HOC", "  đại   học , DAI_HOC", "Thạc sỹ, THAC_SI",
            "trung cap, TRUNG_CAP", "Chưa qua đào tạo, CHUA_DAO_TAO", "ĐH, DAI_HOC", "ThS, THAC_SI", "Cử nhân, DAI_HOC",
            "Trung cấp chuyên môn, TRUNG_CAP", "Đại học Luật, ''"})
    void professionalLevelsAreReadWhateverTheCaseAndDiacritics(String text, String code) {
        if (code == null || code.isEmpty()) {
            // A level with a field in the same cell is not guessed: the field has its own column.
            assertThat(Dimension.PROFESSIONAL.parse(text)).isEmpty();
            return;
        }
        assertThat(Dimension.PROFESSIONAL.parse(text)).get().extracting(ScaleLevel::code).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"POLITICAL_THEORY, Trung cấp LLCT, TRUNG_CAP", "POLITICAL_THEORY, Cao cấp lý luận chính trị, CAO_CAP",
            "POLITICAL_THEORY, TC, TRUNG_CAP", "STATE_MANAGEMENT, Ngạch chuyên viên, CHUYEN_VIEN",
            "STATE_MANAGEMENT, QLNN chuyên viên chính, CHUYEN_VIEN_CHINH", "FOREIGN_LANGUAGE, Tiếng Anh B, B1",
            "FOREIGN_LANGUAGE, Bậc 3, B1", "IT, Chứng chỉ tin học A, CO_BAN", "IT, Ứng dụng CNTT cơ bản, CO_BAN",
            "IT, Tin học văn phòng, CO_BAN", "IT, Chuẩn kỹ năng sử dụng CNTT cơ bản, CO_BAN", "IT, Ứng dụng CNTT nâng cao, NANG_CAO",
            "ETHNIC_LANGUAGE, Chứng chỉ tiếng Mông, CO_CHUNG_CHI", "ETHNIC_LANGUAGE, Tiếng Tày, CO_CHUNG_CHI",
            "ETHNIC_LANGUAGE, Chứng chỉ tiếng Khmer, CO_CHUNG_CHI", "FOREIGN_LANGUAGE, Tiếng Trung B2, B2",
            "PROFESSIONAL, Đại học tại chức, DAI_HOC", "PROFESSIONAL, ĐH chính quy, DAI_HOC", "PROFESSIONAL, Thạc sỹ, THAC_SI",
            "STATE_MANAGEMENT, Bồi dưỡng QLNN chương trình chuyên viên, CHUYEN_VIEN", "DEFENCE_SECURITY, ĐT3, DOI_TUONG_3"})
    void levelsAreReadWithTheWordsSpreadsheetsAddAroundThem(Dimension dimension, String text, String code) {
        assertThat(dimension.parse(text)).get().extracting(ScaleLevel::code).isEqualTo(code);
    }

    @Test
    void levelsAreOrderedSoThatOrAboveIsAComparison() {
        ScaleLevel intermediate = Dimension.POLITICAL_THEORY.level("TRUNG_CAP");
        assertThat(Dimension.POLITICAL_THEORY.level("CU_NHAN").atLeast(intermediate)).isTrue();
        assertThat(Dimension.POLITICAL_THEORY.level("CAO_CAP").atLeast(intermediate)).isTrue();
        assertThat(Dimension.POLITICAL_THEORY.level("SO_CAP").atLeast(intermediate)).isFalse();
        assertThat(Dimension.FOREIGN_LANGUAGE.parse("chứng chỉ B")).get().extracting(ScaleLevel::code).isEqualTo("B1");
        assertThat(Dimension.IT.parse("Chứng chỉ A")).get().extracting(ScaleLevel::code).isEqualTo("CO_BAN");
        assertThat(Dimension.PROFESSIONAL.parse("xuất sắc")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'Tư pháp – hộ tịch', TP_HT", "'tu phap - ho tich', TP_HT", "Chủ tịch UBND, CT_UBND", "Phó Chủ tịch HĐND, PCT_HDND",
            "Chủ tịch UB MTTQ, CT_MTTQ", "'Chỉ huy trưởng BCHQS', CHT_QS", "VP_TK, VP_TK", "văn phòng – thống kê, VP_TK",
            "Chủ tịch UBND xã, CT_UBND", "Công chức Tư pháp - Hộ tịch, TP_HT", "Bí thư Đảng ủy phường, BI_THU_DU",
            "Phó Chủ tịch HĐND thị trấn, PCT_HDND", "Chủ tịch UBMTTQ, CT_MTTQ", "Chủ tịch Ủy ban MTTQ Việt Nam xã, CT_MTTQ",
            "Bí thư Đoàn TNCS Hồ Chí Minh, BI_THU_DOAN", "Bí thư Xã đoàn, BI_THU_DOAN", "Chủ tịch Hội LHPN Việt Nam, CT_HLHPN",
            "CT Hội Nông dân, CT_HND", "Chủ tịch Hội CCB xã, CT_HCCB", "CHT Quân sự, CHT_QS", "Bí thư ĐU, BI_THU_DU",
            "Phó Bí thư Thường trực Đảng ủy, PHO_BI_THU_DU", "PCT UBND, PCT_UBND"})
    void titlesAreReadByNameCodeOrUsualAbbreviation(String text, String code) {
        assertThat(PositionTitle.parse(text)).get().extracting(PositionTitle::code).isEqualTo(code);
    }

    @Test
    void everyTitleIsReadBackFromItsCodeItsNameAndEachAlias() {
        for (PositionTitle title : PositionTitle.all()) {
            assertThat(PositionTitle.parse(title.code())).as(title.code()).contains(title);
            assertThat(PositionTitle.parse(title.name())).as(title.name()).contains(title);
            title.aliases().forEach(alias -> assertThat(PositionTitle.parse(alias)).as(alias).contains(title));
        }
    }

    @Test
    void aTextThatIsNotATitleIsNotReadAsOneButTheLikelyTitleIsSuggested() {
        assertThat(PositionTitle.parse("Chủ tịch Mặt trận")).isEmpty();
        assertThat(PositionTitle.closest("Chủ tịch Mặt trận")).get().extracting(PositionTitle::code).isEqualTo("CT_MTTQ");
        assertThat(PositionTitle.parse("Công chức Địa chính - Nông nghiệp")).isEmpty();
        assertThat(PositionTitle.closest("Công chức Địa chính - Nông nghiệp")).get().extracting(PositionTitle::code).isEqualTo("DC_XD");
        assertThat(PositionTitle.closest("Giáo viên mầm non")).isEmpty();
    }

    @Test
    void foldingIgnoresCaseDiacriticsAndDStroke() {
        assertThat(VietnameseText.fold("Nguyễn Văn Tuấn")).isEqualTo("nguyen van tuan");
        assertThat(VietnameseText.fold("ĐÔNG")).isEqualTo("dong");
        assertThat(VietnameseText.fold("Tư pháp – hộ tịch")).isEqualTo(VietnameseText.fold("tu phap - ho tich"));
    }

    @Test
    void ethnicGroupsAreTheFiftyFourWithCommonSpellings() {
        assertThat(Ethnicity.ALL).hasSize(54).doesNotHaveDuplicates();
        assertThat(Ethnicity.parse("tay")).contains("Tày");
        assertThat(Ethnicity.parse("Mông")).contains("H'Mông");
        assertThat(Ethnicity.parse("Ê-đê")).contains("Ê Đê");
        assertThat(Ethnicity.parse("Kinh (Việt)")).isEmpty();
        assertThat(Ethnicity.ALL).allSatisfy(name -> assertThat(Ethnicity.parse(" " + name.toUpperCase() + " ")).contains(name));
        assertThat(Ethnicity.parse("Mèo")).contains("H'Mông");
        assertThat(Ethnicity.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"15/03/1985, 1985-03-15", "5/3/1985, 1985-03-05", "1985-03-15, 1985-03-15", "31046, 1984-12-30",
            "1985-03-15T00:00:00, 1985-03-15"})
    void datesAreReadInTheFormsUsersType(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).contains(expected);
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(Dates.parse("31/02/2020")).isEmpty();
        assertThat(Dates.parse("hôm qua")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            // the examples of regulations.md §11, and the pre-2021 and capped ages
            "1964-01-15, NAM, 2025-04-15", "1965-01-15, NAM, 2026-07-15", "1955-06-01, NAM, 2015-06-01",
            "1970-02-01, NAM, 2032-02-01", "1966-03-01, NU, 2021-07-01", "1980-01-01, NU, 2040-01-01"})
    void retirementAgeRisesByTheYearInWhichItIsReached(LocalDate birth, Gender gender, LocalDate reached) {
        assertThat(RetirementAge.reachedOn(birth, gender)).isEqualTo(reached);
    }
}
