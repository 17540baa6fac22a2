#pragma once

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

// Rosters as offices keep them, built in the tests with libxlsxwriter (what Excel would save):
// merged titles, numbers where text belongs, dates with a Chinese format, full-width digits.
namespace RosterWorkbook {

// Full-width digits, as a Chinese IME types them.
inline QString fullWidth(const char* ascii)
{
    QString out;
    for (const char* p = ascii; *p; ++p)
        out += (*p >= '!' && *p <= '~') ? QChar(char16_t(*p + 0xFEE0)) : QChar(QLatin1Char(*p));
    return out;
}

// A workbook built the way an office's roster looks, with libxlsxwriter (what Excel would save).
class Workbook final
{
public:
    explicit Workbook(const QString& path, bool inlineStrings = false)
        : m_path(path.toLocal8Bit())
    {
        lxw_workbook_options options = {};
        options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE; // constant memory: inline strings
        m_book = workbook_new_opt(m_path.constData(), &options);
        m_dateFormat = workbook_add_format(m_book);
        format_set_num_format(m_dateFormat, "yyyy\"年\"m\"月\"d\"日\"");
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_worksheet* sheet(const char* name) { return workbook_add_worksheet(m_book, name); }
    static void text(lxw_worksheet* s, int row, int column, const QString& value)
    {
        worksheet_write_string(s, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), nullptr);
    }
    static void number(lxw_worksheet* s, int row, int column, double value)
    {
        worksheet_write_number(s, lxw_row_t(row), lxw_col_t(column), value, nullptr);
    }
    void date(lxw_worksheet* s, int row, int column, int y, int m, int d)
    {
        lxw_datetime when = {y, m, d, 0, 0, 0};
        worksheet_write_datetime(s, lxw_row_t(row), lxw_col_t(column), &when, m_dateFormat);
    }
    static void merge(lxw_worksheet* s, int r1, int c1, int r2, int c2, const QString& value)
    {
        worksheet_merge_range(s, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), value.toUtf8().constData(),
                              nullptr);
    }
    bool close()
    {
        const bool ok = workbook_close(m_book) == LXW_NO_ERROR;
        m_book = nullptr;
        return ok;
    }

private:
    QByteArray m_path;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_dateFormat = nullptr;
};

} // namespace RosterWorkbook
